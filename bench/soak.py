"""``make soak``: survival under faults, with figures in bench/soak.json.

1. The sandboxes of the providers with a soak entry (``soak`` in ``bench/cost_<p>.py``), each with
   ``--fault-rate 0.3 --liars`` and N reviews (the faults include lies: an empty 200, ``{}``, a redirect,
   truncated JSON, a record stamped in the far future); ``reviewbridge export --all`` of them all
   concurrently with ``--state``, killed with SIGKILL at 10 random moments and resumed each time; at the
   end every review of every sandbox must be in the output exactly once. How many faults of each kind
   were injected is reported.
2. 100 concurrent async ``reviews()`` walks against one eTrusted sandbox whose tokens live 2 seconds.

Every loop is bounded in count and time; everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx

from ._cost import costs
from ._procs import env, reviewbridge, sandbox

ROOT = Path(__file__).resolve().parent.parent


def _soaked() -> dict[str, dict[str, Any]]:
    """Every provider's soak entry (``soak`` of its ``bench/cost_<p>.py``), by name."""
    return {provider: cost.soak for provider, cost in costs().items() if cost.soak}


def _scope(provider: str) -> str:
    return str(next(iter(_soaked()[provider].values())))


def _config(urls: dict[str, str], workdir: Path) -> Path:
    from reviewbridge._providers import REGISTRY

    lines = ['output = "reviews.jsonl"', 'state = "state.json"', ""]
    for provider, url in urls.items():
        lines += ["[[export]]", f'provider = "{provider}"', f'base_url = "{url}"']
        lines += [f"{key} = {json.dumps(value)}" for key, value in _soaked()[provider].items()]
        lines += [f'{c.argument}_env = "{c.env}"' for c in REGISTRY[provider].credentials] + [""]
    path = workdir / "soak.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _expected(urls: dict[str, str]) -> set[tuple[str, str]]:
    expected = set()
    for provider, url in urls.items():
        scope = _scope(provider)
        data = httpx.get(f"{url}/_sandbox/dataset", params={"scope": scope}, timeout=60).json()
        expected |= {(provider, str(r["id"])) for r in data["reviews"]}
    return expected


def _faults(urls: dict[str, str]) -> dict[str, int]:
    """Faults injected by all the sandboxes, by kind."""
    by_kind: collections.Counter[str] = collections.Counter()
    for url in urls.values():
        stats = httpx.get(f"{url}/_sandbox/stats", timeout=30).json()
        by_kind.update({kind: int(n) for kind, n in stats.get("faults", {}).items()})
    return dict(sorted(by_kind.items()))


def export_under_kills(urls: dict[str, str], workdir: Path, kills: int, rng: random.Random) -> dict[str, Any]:
    config = _config(urls, workdir)
    command = reviewbridge("export", "--all", "--config", str(config))
    killed = runs = retries = 0
    deadline = time.monotonic() + 1800
    finished = False
    while not finished and time.monotonic() < deadline and runs < kills + 40:
        runs += 1
        proc = subprocess.Popen(command, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if killed < kills:
            try:
                proc.wait(timeout=rng.uniform(0.5, 4.0))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                killed += 1
                continue
        try:
            _, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            break
        retries += sum(int(n) for n in re.findall(r"(\d+) retries", err))
        finished = proc.returncode == 0
        if not finished:
            print(f"export run {runs} failed, resuming: {err.strip().splitlines()[-1:]}", file=sys.stderr)
    written = collections.Counter()
    with open(workdir / "reviews.jsonl", encoding="utf-8") as out:
        for line in out:
            row = json.loads(line)
            written[(row["provider"], str(row["id"]))] += 1
    expected = _expected(urls)
    faults = _faults(urls)
    return {
        "finished": finished,
        "runs": runs,
        "kills": killed,
        "faults_injected": sum(faults.values()),
        "faults_by_kind": faults,
        "retries": retries,
        "reviews_expected": len(expected),
        "reviews_written": sum(written.values()),
        "lost": len(expected - set(written)),
        "duplicated": sum(n - 1 for n in written.values() if n > 1),
        #: which: provider, id and how many times written (the first 20)
        "duplicates": [
            {"provider": provider, "id": review_id, "times": n}
            for (provider, review_id), n in sorted(written.items())
            if n > 1
        ][:20],
        "unexpected": len(set(written) - expected),
    }


async def _token_walks(url: str, walks: int) -> dict[str, Any]:
    import reviewbridge as rb

    async with rb.AsyncETrusted("sandbox-client", "sandbox-secret", base_url=url, max_retries=5) as client:

        async def walk() -> list[str]:
            return [r.id async for r in client.reviews(channel_id="chl-tokens", count=20, ignore_statements=False)]

        started = time.monotonic()
        outcomes = await asyncio.wait_for(
            asyncio.gather(*(walk() for _ in range(walks)), return_exceptions=True), timeout=600
        )
        elapsed = time.monotonic() - started
        tokens = client.token_requests
    expected = {
        str(r["id"]) for r in httpx.get(f"{url}/_sandbox/dataset", params={"scope": "chl-tokens"}).json()["reviews"]
    }
    results = [o for o in outcomes if isinstance(o, list)]
    errors = sorted({f"{type(o).__name__}: {o}" for o in outcomes if isinstance(o, BaseException)})
    complete = sum(1 for ids in results if len(ids) == len(set(ids)) and set(ids) == expected)
    return {
        "walks": walks,
        "walks_complete_once": complete,
        "walk_errors": errors,
        "token_requests": tokens,
        "seconds": round(elapsed, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="reviewbridge fault soak")
    parser.add_argument("--smoke", action="store_true", help="small and quick: keeps the soak working")
    parser.add_argument("--out", default=str(ROOT / "bench" / "soak.json"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    reviews, kills, walks = (300, 3, 10) if args.smoke else (10_000, 10, 100)
    rng = random.Random(args.seed)
    started = time.monotonic()
    # How busy the machine was: the token walks and the kill moments depend on it.
    results: dict[str, Any] = {"smoke": args.smoke, "seed": args.seed, "cpus": os.cpu_count()}
    results["load_average_at_start"] = [round(n, 2) for n in os.getloadavg()]
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        urls = {
            provider: stack.enter_context(
                sandbox(provider, "--reviews", str(reviews), "--fault-rate", "0.3", "--liars", "--seed", str(args.seed))
            )
            for provider in _soaked()
        }
        print("export under kills ...", file=sys.stderr, flush=True)
        results["export"] = export_under_kills(urls, Path(tmp), kills, rng)
        print(f"export: {results['export']}", file=sys.stderr, flush=True)
    with sandbox(
        "etrusted", "--reviews", "200" if args.smoke else "1000", "--token-ttl", "2", "--latency-ms", "20"
    ) as url:
        results["tokens"] = asyncio.run(_token_walks(url, walks))
    flat = {
        **{k: results["export"][k] for k in ("faults_injected", "retries", "reviews_expected", "reviews_written")},
        "lost": results["export"]["lost"],
        "duplicated": results["export"]["duplicated"],
        "token_requests": results["tokens"]["token_requests"],
    }
    ok = results["export"]["finished"] and flat["lost"] == 0 and flat["duplicated"] == 0
    ok = ok and results["tokens"]["walks_complete_once"] == walks
    results.update(flat)
    results["load_average_at_end"] = [round(n, 2) for n in os.getloadavg()]
    results["seconds"] = round(time.monotonic() - started, 1)
    results["passed"] = ok
    print(f"{'figure':<20} value")
    for key, value in flat.items():
        print(f"{key:<20} {value}")
    print(f"{'kills':<20} {results['export']['kills']} (runs {results['export']['runs']})")
    faults = ", ".join(f"{kind} {n}" for kind, n in results["export"]["faults_by_kind"].items())
    print(f"{'faults by kind':<20} {faults}")
    for duplicate in results["export"]["duplicates"]:
        print(f"{'duplicate':<20} {duplicate['provider']} {duplicate['id']} ({duplicate['times']} times)")
    tokens = results["tokens"]
    print(f"{'token walks':<20} {tokens['walks_complete_once']}/{tokens['walks']} complete, once each")
    start, end = results["load_average_at_start"][0], results["load_average_at_end"][0]
    seconds = results["seconds"]
    print(f"{'machine':<20} {results['cpus']} cpus, load average {start} at start, {end} at end; {seconds} s")
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
