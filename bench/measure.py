#!/usr/bin/env python3
"""footplan's benchmark: a cold `plan` beside a hello-world JVM, its peak memory, and batch throughput.

Run it with bench/run, which builds this checkout's jar first. What it measures, each figure as min / median / max:

  1. `footplan plan` on an example, as a whole process (the launcher script and a new JVM each time): wall time
     and CPU time (user + system) of --runs runs, with `java Hello` run in between, run for run. CPU time moves
     less than wall time when other programs share the machine.
  2. The peak memory (max RSS) of those plan runs.
  3. `footplan batch` over --plans generated answers files: plans per second as the batch reports it, the whole
     process's files per second, and the rate over the second half of the files (from its progress lines), where
     the JIT has done most of its work.

What is measured, by default this checkout's launcher (./footplan), can be chosen, and several are measured
interleaved, run for run, so that they share whatever else the machine is doing at the time:

  --jar JAR        a jar, run by a copy of this checkout's launcher (the comparison of an old and a new jar)
  --footplan PATH  a launcher script as it is, e.g. another checkout's ./footplan

Every run starts in a work folder of its own, without a rules/ folder, so each jar plans with its built-in rules.
The class-data archive (target/footplan.jsa beside each jar) is removed first, then --warm-up runs write it again
before anything is measured: the figures never depend on what an earlier session left behind.
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
EXAMPLE = os.path.join(ROOT, "examples", "knee-runner.yaml")
PLANNING_EXAMPLES = ["knee-runner.yaml", "office-heels.yaml", "hip-no-floor.yaml"]

TARGET_WALL_S = 0.5
TARGET_RATIO = 12.0
TARGET_RSS_MIB = 256


class Subject:
    """One thing to measure: a launcher script, the folder its jar is in, and its figures."""

    def __init__(self, label, launcher):
        self.label = label
        self.launcher = launcher
        self.target = os.path.join(os.path.dirname(launcher), "target")
        self.walls, self.cpus, self.rss, self.batches = [], [], [], []


class Measure(argparse.Action):
    """--jar and --footplan, kept in the order given: A is the first, B the second..."""

    def __call__(self, parser, namespace, value, option_string=None):
        getattr(namespace, self.dest).append((option_string.lstrip("-"), value))


def subjects_from(args, work):
    subjects = []
    for i, (kind, path) in enumerate(args.measure):
        if kind == "jar":
            # A folder of its own: a copy of this launcher, with the jar in target/ and nothing for it to build.
            folder = os.path.join(work, f"jar-{i + 1}")
            os.makedirs(os.path.join(folder, "target"))
            shutil.copy2(os.path.join(ROOT, "footplan"), folder)
            shutil.copyfile(path, os.path.join(folder, "target", "footplan.jar"))
            subjects.append(Subject(path, os.path.join(folder, "footplan")))
        else:
            launcher = os.path.join(path, "footplan") if os.path.isdir(path) else path
            subjects.append(Subject(path, os.path.abspath(launcher)))
    if len(subjects) > 1:
        for letter, subject in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", subjects):
            print(f"{letter} = {subject.label}")
            subject.label = letter
    return subjects or [Subject("plan", os.path.join(ROOT, "footplan"))]


def run_measured(cmd, cwd):
    """Runs a command with its standard output discarded; returns (wall seconds, CPU seconds, peak RSS in MiB,
    exit code), the CPU time and the RSS being those of the child and what it waited for, from wait4."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(cwd)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def run_with_progress(cmd, cwd, files):
    """Runs a batch to the end, noting when each of its progress lines ("N/files") arrived; returns (wall seconds,
    exit code, stdout, stderr, [(seconds since start, N)])."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    progress, err_lines = [], []

    def read_stderr():
        for raw in proc.stderr:
            line = raw.decode(errors="replace")
            err_lines.append(line)
            match = re.search(rf"(\d+)/{files}\b", line)
            if match:
                progress.append((time.perf_counter() - start, int(match.group(1))))

    reader = threading.Thread(target=read_stderr)
    reader.start()
    out = proc.stdout.read()
    proc.wait()
    reader.join()
    return time.perf_counter() - start, proc.returncode, out.decode(), "".join(err_lines), progress


def second_half_rate(progress, files):
    """Plans per second between the progress lines at half and at all of the files, or None without them."""
    half = next(((t, n) for t, n in progress if n >= files / 2), None)
    end = next(((t, n) for t, n in progress if n >= files), None)
    if not half or not end or end[0] <= half[0]:
        return None
    return (end[1] - half[1]) / (end[0] - half[0])


def stats(values):
    return min(values), statistics.median(values), max(values)


def three(values, fmt, unit):
    return " / ".join(format(v, fmt) for v in stats(values)) + unit


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", dest="measure", action=Measure, default=[], help="a jar to measure")
    parser.add_argument("--footplan", dest="measure", action=Measure, help="a launcher (or its folder) to measure")
    parser.add_argument("--runs", type=int, default=10, help="cold runs of plan and of hello (default 10)")
    parser.add_argument("--warm-up", type=int, default=3, help="plan runs before the measured ones (default 3)")
    parser.add_argument("--plans", type=int, default=3000, help="answers files for the batch; 0: none (default 3000)")
    parser.add_argument("--batch-runs", type=int, default=3, help="batch runs (default 3)")
    parser.add_argument("--jobs", type=int, default=None, help="batch threads (default: footplan's own)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder and print where it is")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="footplan-bench-")
    try:
        subjects = subjects_from(args, work)
        subprocess.run(["javac", "-d", os.path.join(work, "hello"), os.path.join(ROOT, "bench", "Hello.java")],
                       check=True)
        hello = ["java", "-cp", os.path.join(work, "hello"), "Hello"]
        calendar = os.path.join(work, "plan.ics")

        def plan(subject):
            return [subject.launcher, "plan", "--answers", EXAMPLE, "--calendar", calendar]

        for subject in subjects:
            # The archive, and the marker older launchers kept beside it, so that the warm-up writes them anew.
            for name in ("footplan.jsa", ".footplan.jsa.pending"):
                if os.path.exists(os.path.join(subject.target, name)):
                    os.remove(os.path.join(subject.target, name))
            for i in range(args.warm_up):
                wall, cpu, rss, code = run_measured(plan(subject), work)
                if code != 0:
                    result = subprocess.run(plan(subject), cwd=work, capture_output=True, text=True)
                    sys.exit(f"bench: {subject.label}: plan failed (exit {code}):\n{result.stdout}{result.stderr}")
                print(f"warm-up {i + 1} of {subject.label}: {wall:.3f} s, {rss:.0f} MiB", flush=True)

        hello_walls = []
        for i in range(args.runs):
            wall, _, _, _ = run_measured(hello, work)
            hello_walls.append(wall)
            line = f"  run {i + 1:2}: hello {wall:.3f} s"
            for subject in subjects:
                wall, cpu, rss, code = run_measured(plan(subject), work)
                if code != 0:
                    sys.exit(f"bench: {subject.label}: plan failed on run {i + 1} (exit {code})")
                subject.walls.append(wall)
                subject.cpus.append(cpu)
                subject.rss.append(rss)
                line += f"   {subject.label}: {wall:.3f} s, cpu {cpu:.3f} s, {rss:.0f} MiB"
            print(line, flush=True)

        if args.plans > 0:
            batch_figures(args, work, subjects)
        table(hello_walls, subjects, args)
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def make_answers(folder, count):
    """count answers files: the three planning examples in turn, each with a name of its own, and a referral
    every 50th file, as a real folder of people would have."""
    os.makedirs(folder)
    examples = os.path.join(ROOT, "examples")
    texts = [open(os.path.join(examples, name), encoding="utf-8").read() for name in PLANNING_EXAMPLES]
    referral = open(os.path.join(examples, "referral.yaml"), encoding="utf-8").read()
    for i in range(count):
        text = referral if i % 50 == 49 else texts[i % len(texts)]
        text = re.sub(r'(?m)^name: .*$', f'name: "Person {i:05}"', text)
        with open(os.path.join(folder, f"person-{i:05}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


def batch_figures(args, work, subjects):
    answers = os.path.join(work, "people")
    make_answers(answers, args.plans)
    for i in range(args.batch_runs):
        for n, subject in enumerate(subjects):
            out = os.path.join(work, f"batch-{n}-{i}")
            cmd = [subject.launcher, "batch", answers, "--out", out]
            if args.jobs is not None:
                cmd += ["--jobs", str(args.jobs)]
            wall, code, stdout, stderr, progress = run_with_progress(cmd, work, args.plans)
            if code not in (0, 2):
                sys.exit(f"bench: {subject.label}: batch failed (exit {code}):\n{stdout[-2000:]}{stderr[-2000:]}")
            match = re.search(r"([0-9.]+) plans/s", stdout)
            reported = float(match.group(1)) if match else None
            half = second_half_rate(progress, args.plans)
            subject.batches.append((reported, args.plans / wall, half))
            print(f"  batch {i + 1} of {subject.label}: {wall:.2f} s, {args.plans / wall:.0f} files/s"
                  + (f", {reported:.0f} plans/s reported" if reported else "")
                  + (f", second half {half:.0f} plans/s" if half else ""), flush=True)
            # The calendars stay until the work folder goes at the end: deleting thousands of files just before
            # the next batch made that batch's own file creation several times slower on ext4 without a journal,
            # which measured the benchmark's clean-up, not footplan.


def table(hello_walls, subjects, args):
    hello_median = statistics.median(hello_walls)
    rows = [("hello-world JVM, wall", three(hello_walls, ".3f", " s"), "", "")]
    first = statistics.median(subjects[0].walls)
    for subject in subjects:
        name = subject.label
        median = statistics.median(subject.walls)
        ratio = median / hello_median
        versus = f"; {median / first - 1:+.1%} vs A" if subject is not subjects[0] else ""
        rows.append((f"{name}: cold plan, wall", three(subject.walls, ".3f", " s"),
                     f"<= {TARGET_WALL_S} s, <= {TARGET_RATIO:.0f}x hello",
                     f"{'pass' if median <= TARGET_WALL_S and ratio <= TARGET_RATIO else 'FAIL'}"
                     f" ({ratio:.1f}x hello{versus})"))
        rows.append((f"{name}: cold plan, CPU", three(subject.cpus, ".3f", " s"), "", ""))
        rows.append((f"{name}: peak RSS", three(subject.rss, ".0f", " MiB"), f"<= {TARGET_RSS_MIB} MiB",
                     "pass" if max(subject.rss) <= TARGET_RSS_MIB else "FAIL"))
        if subject.batches:
            reported = [b[0] for b in subject.batches if b[0]]
            halves = [b[2] for b in subject.batches if b[2]]
            jobs = f"{args.jobs} jobs" if args.jobs is not None else "default jobs"
            if reported:
                rows.append((f"{name}: batch {args.plans} files, {jobs}", three(reported, ".0f", " plans/s"), "",
                             "as the batch reports it"))
            rows.append((f"{name}: batch, whole process", three([b[1] for b in subject.batches], ".0f",
                                                                 " files/s"), "", "JVM start included"))
            if halves:
                rows.append((f"{name}: batch, second half", three(halves, ".0f", " plans/s"), "",
                             "the JIT mostly done"))
    header = ("figure", "min / median / max", "target", "result")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(3)]
    print()
    for row in [header] + rows:
        print("  ".join([row[i].ljust(widths[i]) for i in range(3)] + [row[3]]).rstrip())
    print(f"\n{args.runs} cold runs each, interleaved; {os.cpu_count()} cores; load average now "
          f"{os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
