"""The teacher's peer for bench/teacher.sh: a Python client of the same mock server, asyncio over
the standard library only (the shape a Python labelling script takes), doing the same work per
request as `teacher label`: the same JSON body, one request in flight per keep-alive connection,
the reply's JSON parsed, the first number taken, one JSON line written through to the file per
reply (so a crash loses no finished reply, as with the journal) and fsync'd every 64. Replies
are read by Content-Length (the benchmark's mock sends no chunked replies).

  python3 bench/teacher_peer.py PORT DOCS.jsonl OUT.jsonl PARALLEL
prints: requests seconds cpu_seconds"""
import asyncio, json, os, re, resource, sys, time

PROMPT = ("Rate the educational value of the following code for a student learning to program, on a scale from 0 to 10: "
          "is it clear, self-contained, commented, does it teach an idea? Reply with the score first, then one sentence.")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def body(text):
    user = PROMPT + "\n\n<<<DOCUMENT>>>\n" + text + "\n<<<END>>>"
    return json.dumps({"model": "mock", "messages": [
        {"role": "system", "content": "You are a careful teacher who grades code."},
        {"role": "user", "content": user}], "max_tokens": 512, "temperature": 1}).encode()


async def worker(port, queue, out, state):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while True:
        try:
            doc_id, payload = queue.get_nowait()
        except asyncio.QueueEmpty:
            break
        writer.write(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n" % len(payload) + payload)
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
        reply = json.loads(await reader.readexactly(length))
        content = reply["choices"][0]["message"]["content"]
        score = float(NUMBER.search(content).group(0))
        out.write(json.dumps({"id": doc_id, "score": score, "reply": content}) + "\n")
        out.flush()  # each record reaches the file at once, as the teacher's journal does
        state["n"] += 1
        if state["n"] % 64 == 0:
            out.flush()
            os.fsync(out.fileno())
    writer.close()


async def main():
    port, docs, out_path, parallel = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    queue = asyncio.Queue()
    for line in open(docs):
        d = json.loads(line)
        queue.put_nowait((d["id"], body(d["text"])))
    state = {"n": 0}
    with open(out_path, "a") as out:
        await asyncio.gather(*(worker(port, queue, out, state) for _ in range(parallel)))
        out.flush()
        os.fsync(out.fileno())
    return state["n"]


if __name__ == "__main__":
    t0, r0 = time.monotonic(), resource.getrusage(resource.RUSAGE_SELF)
    n = asyncio.run(main())
    t1, r1 = time.monotonic(), resource.getrusage(resource.RUSAGE_SELF)
    print(n, t1 - t0, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
