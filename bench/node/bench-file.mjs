#!/usr/bin/env node
// Per-operation cost of eddsa-rdfc-2022 sign and verify in the Node.js reference stack for ONE given credential, so that
// badgekit (org.badgekit.bench.Loop) and Node can be compared on the very same document. Copied into the interop harness
// folder by bench/compare.sh and run from there (it imports the harness' lib/common.js).
// Usage: node bench-file.mjs --file CREDENTIAL.json [--count N] [--warmup W]
// The proof is dropped and the issuer (and achievement creator) become a fresh did:key; each signed copy gets its own id.
// Prints one JSON line: per op n, wall ms/op, process CPU ms/op (user+system, so time slices lost to other processes do not
// count), median ms.
import fs from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {parseArgs, summary, errInfo, makeDocumentLoader, generateDidKeyIssuer} from './lib/common.js';

async function loop(name, inputs, fn) {
  const samples = [];
  const outputs = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for(const input of inputs) {
    const a = performance.now();
    outputs.push(await fn(input));
    samples.push(performance.now() - a);
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  samples.sort((x, y) => x - y);
  return {outputs, stat: {op: name, n: inputs.length, wallMsPerOp: +(wall / inputs.length).toFixed(3),
    cpuMsPerOp: +((cpu.user + cpu.system) / 1000 / inputs.length).toFixed(3),
    medianMs: +samples[Math.floor(samples.length / 2)].toFixed(3), opsPerSec: +(inputs.length * 1000 / wall).toFixed(1)}};
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const count = parseInt(opts.count || '1000', 10);
  const warmup = parseInt(opts.warmup || String(Math.max(20, Math.floor(count / 5))), 10);
  const base = JSON.parse(fs.readFileSync(opts.file, 'utf8'));
  delete base.proof;
  const issuer = await generateDidKeyIssuer();
  if(typeof base.issuer === 'string') base.issuer = issuer.did; else base.issuer.id = issuer.did;
  const creator = base.credentialSubject?.achievement?.creator;
  if(creator && typeof creator === 'object') creator.id = issuer.did;
  const documentLoader = makeDocumentLoader();
  const sign = c => vc.issue({credential: c, documentLoader,
    suite: new DataIntegrityProof({signer: issuer.keyPair.signer(), cryptosuite})});
  const verifySuite = new DataIntegrityProof({cryptosuite});
  // as verify-ob3-di.js: status lists are not fetched (offline), the entry is accepted unchecked
  const verify = c => vc.verifyCredential({credential: c, suite: verifySuite, documentLoader,
    checkStatus: async () => ({verified: true})});
  const copies = n => Array.from({length: n}, (_, i) =>
    ({...structuredClone(base), id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`}));
  const warm = await loop('warmup', copies(warmup), sign);
  const check = await verify(warm.outputs[0]);
  if(!check.verified) throw new Error('the signed credential does not verify: ' + errInfo(check.error));
  await loop('warmup-verify', warm.outputs, verify);
  const signed = await loop('di-sign', copies(count), sign);
  const verified = await loop('di-verify', signed.outputs, verify);
  const bad = verified.outputs.filter(r => !r.verified).length;
  summary({ok: bad === 0, tool: 'bench-file', node: process.version, file: opts.file,
    credentialBytes: Buffer.byteLength(JSON.stringify(base)), results: [signed.stat, verified.stat]});
  process.exit(bad ? 1 : 0);
}

main().catch(e => { console.error(e); summary({ok: false, tool: 'bench-file', error: errInfo(e)}); process.exit(1); });
