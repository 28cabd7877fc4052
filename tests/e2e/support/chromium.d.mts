// Types of chromium.mjs (see the comment at its top).
import type { Browser, LaunchOptions } from 'playwright-core';

export declare const BROWSER_ARGS: readonly string[];

export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  platform?: string;
}

export declare function flagIsSet(value: string | undefined): boolean;
export declare function findChromium(options?: FindChromiumOptions): string | null;
export declare function installHint(): string;
export declare function launchBrowser(options?: LaunchOptions): Promise<Browser>;
