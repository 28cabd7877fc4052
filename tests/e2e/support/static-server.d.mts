// Types of static-server.mjs (see the comment at its top).
import type { Server } from 'node:http';

export declare const DIST: string;

export interface StaticServerOptions {
  root?: string;
  port?: number;
  host?: string;
}

export interface StaticServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export declare function startStaticServer(options?: StaticServerOptions): Promise<StaticServer>;
