export function literalValues(type?: { text: string }): string[] | undefined;
