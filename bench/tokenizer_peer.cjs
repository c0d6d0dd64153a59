// tokenizer_peer.cjs - the tiktoken peer of bench/tokenizer: encode throughput of the "gpt2"
// encoding (tiktoken's Rust core compiled to WebAssembly, under node) on one file.
//
//   node bench/tokenizer_peer.cjs FILE --runs N [--threads T]
//
// The file is read and decoded to a string once, untimed. Each run times enc.encode(text,
// "all") (special tokens matched, as phi.h does) over the whole text; with --threads T the
// text is cut into T pieces at line starts and each piece is encoded by its own
// worker_thread, the run lasting from the start signal until the last worker is done.
// Prints "tiktoken_mbps <median>" (MB = 1e6 bytes of the file) and "tiktoken_ids <count>
// <fnv1a64 of the ids as u32 LE>" so that the caller can check the ids are its own.
// tiktoken comes from build/node/node_modules (npm install --prefix build/node tiktoken@1.0.22),
// or from $PHI_NODE_MODULES.
const path = require('path');
const fs = require('fs');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const modules = process.env.PHI_NODE_MODULES || path.resolve('build/node/node_modules');
const { get_encoding } = require(path.join(modules, 'tiktoken'));

if (!isMainThread) { // a worker: encode its piece on every "go"
    const enc = get_encoding('gpt2');
    parentPort.on('message', (m) => {
        if (m === 'quit') { enc.free(); process.exit(0); }
        const ids = enc.encode(workerData, 'all');
        parentPort.postMessage(ids.length);
    });
    parentPort.postMessage('ready');
    return;
}

const args = process.argv.slice(2);
const file = args[0];
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? Number(args[args.indexOf(name) + 1]) : dflt);
const runs = opt('--runs', 5), threads = opt('--threads', 1);
const bytes = fs.readFileSync(file);
const text = bytes.toString('utf8');
const median = (v) => { v.sort((a, b) => a - b); const n = v.length; return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2; };

function fnv(ids) {
    let h = 0xcbf29ce484222325n;
    const b = Buffer.alloc(4 * ids.length);
    ids.forEach((x, i) => b.writeUInt32LE(x, 4 * i));
    for (const c of b) h = BigInt.asUintN(64, (h ^ BigInt(c)) * 0x100000001b3n);
    return h.toString(16).padStart(16, '0');
}

async function main() {
    const mbps = [];
    if (threads <= 1) {
        const enc = get_encoding('gpt2');
        let ids;
        for (let r = 0; r < runs; r++) {
            const t0 = process.hrtime.bigint();
            ids = enc.encode(text, 'all');
            const s = Number(process.hrtime.bigint() - t0) / 1e9;
            mbps.push(bytes.length / 1e6 / s);
            console.error(`tiktoken run ${r + 1}: ${(bytes.length / 1e6 / s).toFixed(2)} MB/s`);
        }
        console.log(`tiktoken_ids ${ids.length} ${fnv(Array.from(ids))}`);
        enc.free();
    } else {
        const pieces = [];
        let start = 0;
        for (let k = 1; k <= threads; k++) { // cut after a newline near k/threads of the text
            let cut = k === threads ? text.length : text.indexOf('\n', Math.floor((text.length * k) / threads));
            cut = cut < 0 ? text.length : cut + 1;
            pieces.push(text.slice(start, cut));
            start = cut;
        }
        const workers = pieces.map((p) => new Worker(__filename, { workerData: p }));
        const next = (w) => new Promise((res) => w.once('message', res));
        await Promise.all(workers.map(next)); // ready
        for (let r = 0; r < runs; r++) {
            const t0 = process.hrtime.bigint();
            const done = workers.map(next);
            workers.forEach((w) => w.postMessage('go'));
            await Promise.all(done);
            const s = Number(process.hrtime.bigint() - t0) / 1e9;
            mbps.push(bytes.length / 1e6 / s);
            console.error(`tiktoken ${threads} threads run ${r + 1}: ${(bytes.length / 1e6 / s).toFixed(2)} MB/s`);
        }
        workers.forEach((w) => w.postMessage('quit'));
    }
    console.log(`tiktoken_mbps ${median(mbps).toFixed(3)}`);
}
main();
