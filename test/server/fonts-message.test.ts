import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fontDirectory, fontMetricsFile, nodeAssets } from '@arbejdsevne/report/node';
import { reportAssetsFrom, reportFontsParams } from '@arbejdsevne/server/protocol';

describe('the fonts message (a browser host sends the report’s fonts to its server)', () => {
    test('read by name, carried as base64 and JSON, the server gets what Node reads from disk', async () => {
        const requested: string[] = [];
        const params = await reportFontsParams(async file => {
            requested.push(file);
            const onDisk = file.endsWith('.json') ? fontMetricsFile()! : path.join(fontDirectory(), file);
            return new Uint8Array(readFileSync(onDisk));
        });
        expect(requested.sort()).toEqual(['DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans.ttf', 'font-metrics.json']);
        const assets = reportAssetsFrom(JSON.parse(JSON.stringify(params)));
        const disk = nodeAssets();
        for (const face of ['regular', 'bold', 'italic'] as const) expect(Buffer.compare(assets.fonts[face], disk.fonts[face]), face).toBe(0);
        expect(assets.metrics).toEqual(disk.metrics);
    });
});
