/** Bundles one module of ours (or of a peer) into a script for a page: an IIFE exposing its exports as `name`. */
import { build } from 'vite';

export async function bundleIife(entry: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, name, formats: ['iife'], fileName: name } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const code = outputs[0]!.output.find((o) => o.type === 'chunk')?.code;
  if (!code) throw new Error(`${entry} was not bundled`);
  return code;
}
