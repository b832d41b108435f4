import type { Plugin } from 'vite';

export function minifyLiterals(): Plugin;
export function minifyTemplates(code: string): string;
