
async def fetch(urls):
    async with session() as s, lock:
        async for u in s.get(urls):
            await u
    return [x async for x in it if x]

while True:
    try:
        break
    except* ValueError as e:
        raise RuntimeError("x") from e
    else:
        continue
    finally:
        pass
