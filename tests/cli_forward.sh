#!/bin/sh
# `phi forward` against the PyTorch fixture (tests/fixtures/make_phi_ref.py): the logits of
# sequence 0 and its mean next-token loss, recomputed here from the fixture's own logits with
# Python's standard library only. Usage: tests/cli_forward.sh PHI_BINARY
set -eu
phi=${1:?usage: cli_forward.sh PHI_BINARY}
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-forward.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cp tests/fixtures/phi_tiny_config.json "$dir/config.json"
cp tests/fixtures/phi_tiny.safetensors "$dir/model.safetensors" # its extra tensors are ignored
ids=20,28,26,55,5,5,7,8 # sequence 0 of the fixture
"$phi" forward --model "$dir" --ids "$ids" --logits "$dir/logits.bin" --grads "$dir/grads.safetensors" \
    >"$dir/out.txt" 2>"$dir/err.txt"
python3 - "$dir" "$ids" <<'PY'
import json, math, struct, sys
d, ids = sys.argv[1], [int(x) for x in sys.argv[2].split(",")]
def tensors(path):
    raw = open(path, "rb").read()
    n = struct.unpack("<Q", raw[:8])[0]
    hdr = json.loads(raw[8:8 + n])
    return {k: (v, raw[8 + n + v["data_offsets"][0]: 8 + n + v["data_offsets"][1]]) for k, v in hdr.items() if k != "__metadata__"}
fx = tensors("tests/fixtures/phi_tiny.safetensors")
V = fx["logits"][0]["shape"][2]
want = struct.unpack("<%df" % (7 * V), fx["logits"][1][:7 * V * 4])
got = struct.unpack("<%df" % (8 * V), open(d + "/logits.bin", "rb").read())
big = max(abs(x) for x in want)
worst = max(abs(a - b) for a, b in zip(got[:7 * V], want))
assert worst <= 1e-4 * big, "logits off by %g (largest %g)" % (worst, big)
loss = 0.0
for t in range(7):
    row = want[t * V:(t + 1) * V]
    m = max(row)
    loss += math.log(sum(math.exp(x - m) for x in row)) + m - row[ids[t + 1]]
loss /= 7
printed = float(open(d + "/out.txt").read().split()[1])
assert abs(printed - loss) <= 1e-4 * loss, "loss %g, want %g" % (printed, loss)
g = tensors(d + "/grads.safetensors")
assert len(g) == 33 and "model.layers.1.mlp.fc2.weight" in g, sorted(g)
print("logits within %.2g of the fixture, loss %.6f (want %.6f), %d gradient tensors" % (worst / big, printed, loss, len(g)))
PY
