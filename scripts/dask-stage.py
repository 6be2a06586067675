#!/usr/bin/env python3
"""Run `extract --stdin-jsonl` as a stage on dask.distributed, and join the partitions' output.

    python3 scripts/dask-stage.py CORPUS.jsonl OUT.jsonl [--partitions 4] [--workers 2] [--extract CMD]

The corpus is cut into contiguous partitions of whole lines; each partition is piped through one
`extract --stdin-jsonl --jobs 1` process on a worker, told where its lines sit in the corpus
(--source-prefix CORPUS --line-offset FIRST-1), so every output line is exactly the line a single run
over the corpus writes to results.jsonl. The outputs are joined in partition order.

The test suite runs this with two worker processes (tests/dask.test.ts). Debian: python3-distributed.
"""
import argparse
import shlex
import subprocess

from dask.distributed import Client, LocalCluster


def stage(lines, command, source, offset):
    """One partition: its lines in, as many result lines out, in order."""
    args = shlex.split(command) + ['--stdin-jsonl', '--quiet', '--jobs', '1',
                                   '--source-prefix', source, '--line-offset', str(offset)]
    run = subprocess.run(args, input=''.join(line + '\n' for line in lines),
                         capture_output=True, text=True, encoding='utf-8', check=False)
    if run.returncode != 0:
        raise RuntimeError(f'extract exited {run.returncode}: {run.stderr.strip()}')
    out = run.stdout.splitlines()
    if len(out) != len(lines):
        raise RuntimeError(f'{len(lines)} lines in, {len(out)} out')
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('corpus')
    parser.add_argument('out')
    parser.add_argument('--partitions', type=int, default=4)
    parser.add_argument('--workers', type=int, default=2)
    parser.add_argument('--extract', default='extract', help='the extract command (e.g. "node dist/bin.js")')
    parser.add_argument('--source', help='the name of the corpus in "source" (default: the path as given)')
    opts = parser.parse_args()

    with open(opts.corpus, encoding='utf-8') as f:
        lines = f.read().splitlines()
    size = -(-len(lines) // opts.partitions)  # ceiling: contiguous partitions of whole lines
    parts = [(start, lines[start:start + size]) for start in range(0, len(lines), size)]

    # worker processes (not threads): the shape of a real cluster, one extract process per task
    with LocalCluster(n_workers=opts.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        futures = [client.submit(stage, chunk, opts.extract, opts.source or opts.corpus, start, pure=False)
                   for start, chunk in parts]
        results = client.gather(futures)
        used = {w['id'] for w in client.scheduler_info()['workers'].values()}

    with open(opts.out, 'w', encoding='utf-8') as f:
        for out in results:
            f.writelines(line + '\n' for line in out)
    print(f'dask-stage: {len(lines)} line(s) in {len(parts)} partition(s) on {len(used)} worker process(es)')


if __name__ == '__main__':
    main()
