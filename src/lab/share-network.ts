// A custom network in a link: its JSON description packed (deflate + base64url), and back with checks.
import type { Network } from '../engine/index';
import { packText, unpackText } from './link-codec';
import { networkToJson, parseNetworkText } from './network-json';

/** The longest packed network the lab writes into a link (longer ones are shared as JSON files). */
export const SHARE_LIMIT = 6000;

/** Packs a network for a link; null when it is too large to share that way. */
export async function packNetwork(network: Network): Promise<string | null> {
  const packed = await packText(JSON.stringify(networkToJson(network)));
  return packed.length <= SHARE_LIMIT ? packed : null;
}

/** Unpacks a network from a link; the message says what is wrong with a bad one. */
export async function unpackNetwork(
  packed: string,
): Promise<{ ok: true; network: Network } | { ok: false; message: string }> {
  const text = await unpackText(packed);
  if (!text.ok) return text;
  const parsed = parseNetworkText(text.text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: `the network in the link is not a valid description: ${parsed.issue.path}: ${parsed.issue.message}`,
    };
  }
  return { ok: true, network: parsed.value };
}
