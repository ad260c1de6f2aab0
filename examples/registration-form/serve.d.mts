export declare const REPO_ROOT: string;

export interface RunningServer {
  /** "http://127.0.0.1:<port>/", ending in a slash. */
  url: string;
  close(): Promise<void>;
}

export declare function startServer(options?: { root?: string; port?: number }): Promise<RunningServer>;
