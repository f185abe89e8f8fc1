/** A finding's message as the page shows it: `code` in backticks set as code, the rest as text. */
export function messageNode(message: string): DocumentFragment {
    const fragment = document.createDocumentFragment();
    message.split(/`([^`]+)`/).forEach((part, index) => {
        if (!part) return;
        fragment.append(index % 2 ? Object.assign(document.createElement('code'), { textContent: part }) : document.createTextNode(part));
    });
    return fragment;
}
