"""Helpers for writing .aev files with inline expectations (// forventet: …)."""


def edit(text, pairs):
    for a, b in pairs:
        assert a in text, f'not found: {a!r}'
        text = text.replace(a, b, 1)
    return text

def code_lines(lines):
    """Lines where a trailing // comment is code, not text inside a \"\"\" block."""
    ok, inside = [], False
    for line in lines:
        count = line.count('"""')
        ok.append(not inside and count % 2 == 0)
        if count % 2 == 1:
            inside = not inside
    return ok

def mark(text, expected):
    """expected: list of (code, anchor) — the diagnostic starts on the first line containing anchor."""
    lines = text.split('\n')
    ok = code_lines(lines)
    by_line = {}
    for code, anchor in expected:
        target = next(i for i, l in enumerate(lines) if anchor in l)
        by_line.setdefault(target, []).append(code)
    for target, codes in sorted(by_line.items()):
        i = target
        while not ok[i]:
            i -= 1
        marker = f'   // forventet: {", ".join(codes)}' if i == target else f'   // forventet +{target - i}: {", ".join(codes)}'
        if '// forventet' in lines[i]:
            raise SystemExit(f'two markers on one line: {lines[i]!r}')
        lines[i] += marker
    return '\n'.join(lines)
