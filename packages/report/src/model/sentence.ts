/** A text ending as a sentence: a full stop added unless it ends in . ! ? or an ellipsis. */
export function sentence(text: string): string {
    const t = text.trim();
    return /[.!?…]$/u.test(t) ? t : `${t}.`;
}
