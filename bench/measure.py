#!/usr/bin/env python3
"""footplan's benchmark: the figures of the performance targets, side by side with a hello-world JVM.

Run it with bench/run (which builds the jar first). Every footplan run uses a cache folder of its own
(FOOTPLAN_CACHE), and the launcher's class-data archive (target/footplan.jsa) is removed first, so the first
run starts from nothing and the figures never depend on what an earlier session left behind.

  1. `footplan plan` on an example, whole process (the launcher script, a new JVM each time): wall time,
     min/median/max of --runs runs, and the same for `java Hello` measured in between, run for run.
  2. The peak memory (max RSS) of those plan runs.
  3. `footplan batch` over --plans generated answers files on --jobs threads: plans per second, as the batch
     reports it, and over the second half of the files only (timed from its progress lines), where the JIT has
     done most of its work: the first half of a batch is mostly warm-up.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = "examples/knee-runner.yaml"
PLANNING_EXAMPLES = ["examples/knee-runner.yaml", "examples/office-heels.yaml", "examples/hip-no-floor.yaml"]

TARGET_WALL_S = 0.5
TARGET_RATIO = 12.0
TARGET_RSS_MIB = 256
TARGET_PLANS_PER_S = 1000


def run(cmd, env, cwd=ROOT):
    """Runs a command to the end; returns (wall seconds, exit code, stdout, stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    return wall, proc.returncode, out.decode(), err.decode()


def run_with_progress(cmd, env, cwd=ROOT):
    """Runs a batch to the end, noting when each of its progress lines ("planned N/M") arrived; returns (wall
    seconds, exit code, stdout, stderr, [(seconds since start, N)])."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    progress, err_lines = [], []

    def read_stderr():
        for raw in proc.stderr:
            line = raw.decode(errors="replace")
            err_lines.append(line)
            match = re.search(r"planned (\d+)/\d+", line)
            if match:
                progress.append((time.perf_counter() - start, int(match.group(1))))

    reader = threading.Thread(target=read_stderr)
    reader.start()
    out = proc.stdout.read()
    proc.wait()
    reader.join()
    wall = time.perf_counter() - start
    return wall, proc.returncode, out.decode(), "".join(err_lines), progress


def second_half_rate(progress, files):
    """Plans per second between the progress lines at half and at all of the files, or None without them."""
    half = next(((t, n) for t, n in progress if n >= files / 2), None)
    end = next(((t, n) for t, n in progress if n >= files), None)
    if not half or not end or end[0] <= half[0]:
        return None
    return (end[1] - half[1]) / (end[0] - half[0])


def run_measured(cmd, env, cwd=ROOT):
    """Runs a command with its output discarded; returns (wall seconds, the child's own peak RSS in MiB from
    wait4, exit code)."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(cwd)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execvpe(cmd[0], cmd, env)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def stats(values):
    return min(values), statistics.median(values), max(values)


def fmt_s(v):
    return f"{v:.3f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="cold runs of plan and of hello (default 10)")
    parser.add_argument("--plans", type=int, default=3000, help="answers files for the batch (default 3000)")
    parser.add_argument("--batch-runs", type=int, default=3, help="batch runs (default 3)")
    parser.add_argument("--jobs", type=int, default=None, help="batch threads (default: footplan's, twice the cores)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder and print where it is")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="footplan-bench-")
    env = dict(os.environ, FOOTPLAN_CACHE=os.path.join(work, "cache"))
    env.pop("FOOTPLAN_DEBUG", None)
    try:
        subprocess.run(["javac", "-d", os.path.join(work, "hello"), os.path.join(ROOT, "bench", "Hello.java")],
                       check=True)
        hello = ["java", "-cp", os.path.join(work, "hello"), "Hello"]
        calendar = os.path.join(work, "calendars", "plan.ics")
        plan = [os.path.join(ROOT, "footplan"), "plan", "--answers", EXAMPLE, "--calendar", calendar]

        for stale in ("footplan.jsa", ".footplan.jsa.pending"):
            if os.path.exists(os.path.join(ROOT, "target", stale)):
                os.remove(os.path.join(ROOT, "target", stale))  # so the launcher starts from nothing
        first_wall, first_rss, code = run_measured(plan, env)
        if code != 0:
            wall, code, out, err = run(plan, env)
            sys.exit(f"bench: footplan plan failed (exit {code}):\n{out}{err}")
        print(f"first run (nothing cached, no class-data archive): {fmt_s(first_wall)}, {first_rss:.0f} MiB", flush=True)
        second_wall, second_rss, _ = run_measured(plan, env)
        print(f"second run (writes the class-data archive): {fmt_s(second_wall)}, {second_rss:.0f} MiB", flush=True)
        run_measured(plan, env)  # settles the page cache after the archive was written

        hello_walls, plan_walls, plan_rss = [], [], []
        for i in range(args.runs):
            wall, _, _ = run_measured(hello, env)
            hello_walls.append(wall)
            wall, rss, code = run_measured(plan, env)
            if code != 0:
                sys.exit(f"bench: footplan plan failed on run {i + 1} (exit {code})")
            plan_walls.append(wall)
            plan_rss.append(rss)
            print(f"  run {i + 1:2}: plan {fmt_s(wall)} {rss:5.0f} MiB   hello {fmt_s(hello_walls[-1])}", flush=True)

        batch = batch_figures(args, work, env)
        table(hello_walls, plan_walls, plan_rss, batch, args)
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def make_answers(folder, count):
    """count answers files: the three planning examples in turn, each with a name of its own, and a referral
    every 50th file, as a real folder of people would have."""
    os.makedirs(folder)
    texts = [open(os.path.join(ROOT, p), encoding="utf-8").read() for p in PLANNING_EXAMPLES]
    referral = open(os.path.join(ROOT, "examples/referral.yaml"), encoding="utf-8").read()
    for i in range(count):
        text = referral if i % 50 == 49 else texts[i % len(texts)]
        text = re.sub(r'(?m)^name: .*$', f'name: "Person {i:05}"', text)
        with open(os.path.join(folder, f"person-{i:05}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


def batch_figures(args, work, env):
    if args.plans <= 0 or args.batch_runs <= 0:
        return None
    answers = os.path.join(work, "people")
    make_answers(answers, args.plans)
    rates, process_rates, second_halves = [], [], []
    for i in range(args.batch_runs):
        out = os.path.join(work, f"batch-{i}")
        cmd = [os.path.join(ROOT, "footplan"), "batch", answers, "--out", out]
        if args.jobs is not None:
            cmd += ["--jobs", str(args.jobs)]
        wall, code, stdout, stderr, progress = run_with_progress(cmd, env)
        if code not in (0, 2):
            sys.exit(f"bench: footplan batch failed (exit {code}):\n{stdout[-2000:]}{stderr[-2000:]}")
        match = re.search(r"([0-9.]+) plans/s", stdout)
        if not match:
            sys.exit(f"bench: no plans/s in the batch summary:\n{stdout[-2000:]}{stderr[-2000:]}")
        rates.append(float(match.group(1)))
        process_rates.append(args.plans / wall)
        second_half = second_half_rate(progress, args.plans)
        if second_half:
            second_halves.append(second_half)
        summary = next(line for line in stdout.splitlines() if line.startswith("Batch:"))
        later = f", second half {second_half:.0f} plans/s" if second_half else ""
        print(f"  batch {i + 1}: {summary}  (whole process {wall:.2f} s, {args.plans / wall:.0f} files/s{later})",
              flush=True)
        # The calendars stay until the work folder goes at the end. Deleting thousands of files just before the
        # next batch made that batch's own file creation several times slower on ext4 without a journal (its
        # inode allocator steps over recently freed inodes): that measured the benchmark's clean-up, not footplan.
    return rates, process_rates, second_halves


def table(hello_walls, plan_walls, plan_rss, batch, args):
    h_min, h_med, h_max = stats(hello_walls)
    p_min, p_med, p_max = stats(plan_walls)
    r_min, r_med, r_max = stats(plan_rss)
    ratio = p_med / h_med
    rows = [
        ("plan, cold JVM, wall", f"{p_min:.3f} / {p_med:.3f} / {p_max:.3f} s",
         f"hello {h_min:.3f} / {h_med:.3f} / {h_max:.3f} s; plan = {ratio:.1f}x hello",
         f"<= {TARGET_WALL_S} s and <= {TARGET_RATIO:.0f}x",
         p_med <= TARGET_WALL_S and ratio <= TARGET_RATIO),
        ("plan, peak RSS", f"{r_min:.0f} / {r_med:.0f} / {r_max:.0f} MiB", "", f"<= {TARGET_RSS_MIB} MiB",
         r_max <= TARGET_RSS_MIB),
    ]
    if batch:
        rates, process_rates, second_halves = batch
        b_min, b_med, b_max = stats(rates)
        w_min, w_med, w_max = stats(process_rates)
        jobs = f"{args.jobs} jobs" if args.jobs is not None else "default jobs"
        rows.append((f"batch, {args.plans} files, {jobs}", f"{b_min:.0f} / {b_med:.0f} / {b_max:.0f} plans/s",
                     f"whole process incl. JVM start: {w_min:.0f} / {w_med:.0f} / {w_max:.0f} files/s",
                     f">= {TARGET_PLANS_PER_S} plans/s", b_med >= TARGET_PLANS_PER_S))
        if second_halves:
            s_min, s_med, s_max = stats(second_halves)
            rows.append(("  its second half of the files", f"{s_min:.0f} / {s_med:.0f} / {s_max:.0f} plans/s",
                         "the JIT mostly done (not the target figure)", "", "info"))
    widths = [max(len(r[i]) for r in rows + [header()]) for i in range(4)]
    print()
    for row in [header()] + rows:
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        verdict = row[4] if isinstance(row[4], str) else ("pass" if row[4] else "FAIL")
        print("  ".join(cells + [verdict]))
    print(f"\n{args.runs} runs each, min / median / max; {os.cpu_count()} cores; load average now "
          f"{os.getloadavg()[0]:.2f}")


def header():
    return ("figure", "min / median / max", "baseline", "target", "result")


if __name__ == "__main__":
    main()
