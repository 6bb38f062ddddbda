#!/usr/bin/python3
"""Compares a workbench study with the PyTorch reference (s2r_reference.py, protocol bandgap-v1).

Usage: compare_reference.py OUT_DIR
OUT_DIR is what run-reference-comparison.sh fills: ref/results.json and ref/time.txt from the
reference; wb-splits/ (workbench on the reference's splits.json) and wb-own/ (workbench on its own
splits), each with cells.csv, time.txt (GNU time -v) and, when the workbench's fit ran, fit.json.

Prints (1) wall time, CPU time (user+sys) and peak RSS of each process and their ratios to the
reference, (2) the training throughput of each workbench run, (3) per-n mean MAE of fine-tuning
side by side with the reference's means and 90% intervals, and the scratch baselines, (4) D, alpha
and C with 90% intervals fitted the reference's way (unweighted curve_fit over all per-n means,
bootstrap over repetitions; the code below is the reference's) for every run, next to the
workbench's own fit. Needs numpy and scipy.
"""
import csv
import json
import math
import os
import re
import sys
import warnings

import numpy as np

warnings.filterwarnings("ignore", message="Covariance of the parameters could not be estimated")

MFLOP_PER_STEP = 45.5  # src/site/BENCHMARK.md: 3 x 2 x 128 x (103*256 + 256*128 + 128)


# ---- the reference's fit (s2r_reference.py, fit_powlaw and bootstrap_fit), unchanged
def powlaw(n, D, alpha, C):
    return D * np.power(n, -alpha) + C


def fit_powlaw(ns, ys):
    from scipy.optimize import curve_fit
    ns = np.asarray(ns, float)
    ys = np.asarray(ys, float)
    span = max(ys.max() - ys.min(), 1e-6)
    p0 = [span * ns.min() ** 0.3, 0.3, 0.5 * ys.min()]
    lo, hi = [1e-12, 1e-6, 0.0], [np.inf, 3.0, np.inf]
    p, _ = curve_fit(powlaw, ns, ys, p0=p0, bounds=(lo, hi), method="trf", maxfev=20000)
    return p


def bootstrap(ns, M, B=1000, seed=0):
    g = np.random.default_rng([seed, 424242])
    pars, means = [], []
    for _ in range(B):
        mb = M[g.integers(0, M.shape[0], size=M.shape[0])].mean(0)
        means.append(mb)
        try:
            pars.append(fit_powlaw(ns, mb))
        except Exception:  # noqa: BLE001 - a failed resample is skipped, as the reference does
            pass
    return np.array(pars), np.array(means)


# ---- reading the runs
def gnu_time(path):
    """wall s, cpu s (user+sys), peak RSS MB from `/usr/bin/time -v` output, or None."""
    if not os.path.exists(path):
        return None
    text = open(path, encoding="utf-8", errors="replace").read()

    def field(name):
        m = re.search(re.escape(name) + r":\s*(\S+)", text)
        return m.group(1) if m else None
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    secs = 0.0
    for part in wall.split(":"):
        secs = secs * 60 + float(part)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return {"wall": secs, "cpu": cpu, "rss": int(field("Maximum resident set size (kbytes)")) / 1024}


def workbench_cells(folder):
    """{(n, rep): mae} of fine-tuning, [scratch mae], design steps."""
    finetune, scratch = {}, []
    with open(os.path.join(folder, "cells.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            mae = float(row["mae"])
            if row["strategy"] == "finetune":
                finetune[(int(row["n"]), int(row["repetition"]))] = mae
            elif row["strategy"] == "scratch":
                scratch.append(mae)
    return finetune, scratch


def matrix(by_n_rep, sizes, reps):
    return np.array([[by_n_rep[(n, r)] for n in sizes] for r in range(reps)])


def steps(sizes, reps, m):
    """Adam steps of the whole study: pretraining budget + fine-tuning per n, plus scratch."""
    ft = 100 * math.ceil(m / 128)
    pre = sum(min(max(100 * math.ceil(n / 128), 500), 10000) for n in sizes)
    return reps * (pre + len(sizes) * ft + ft)


def interval(values):
    return "%.3f - %.3f" % (values[0], values[1])


def main(out):
    ref = json.load(open(os.path.join(out, "ref", "results.json")))
    sizes = ref["config"]["sizes"]
    reps = ref["config"]["reps"]
    m = ref["config"]["m"]
    runs = [("reference (PyTorch)", "ref")]
    for label, name in (("workbench, reference splits", "wb-splits"),
                        ("workbench, own splits", "wb-own")):
        if os.path.exists(os.path.join(out, name, "cells.csv")):
            runs.append((label, name))

    print("\n## Speed (whole processes; threads %s)" % ref["env"]["torch_num_threads"])
    for line in open(os.path.join(out, "load.txt"), encoding="utf-8") if os.path.exists(
            os.path.join(out, "load.txt")) else []:
        print("   " + line.rstrip())
    base = gnu_time(os.path.join(out, "ref", "time.txt"))
    total_steps = steps(sizes, reps, m)
    print("| run | wall s | CPU s (user+sys) | peak RSS MB | wall / reference | GFLOP/s |")
    print("|---|---|---|---|---|---|")
    for label, name in runs:
        t = gnu_time(os.path.join(out, name, "time.txt"))
        if t is None:
            continue
        ratio = t["wall"] / base["wall"] if base else float("nan")
        gflops = total_steps * MFLOP_PER_STEP / 1e3 / t["wall"]
        print("| %s | %.1f | %.1f | %.0f | %.2f | %.0f |" % (label, t["wall"], t["cpu"], t["rss"],
                                                          ratio, gflops))
    print("(%d Adam steps of 103-256-128-1 at batch 128 in the study, %.1f TFLOP by src/site/BENCHMARK.md's"
          " count; GFLOP/s = that / wall time of the whole process)"
          % (total_steps, total_steps * MFLOP_PER_STEP / 1e6))

    ref_runs = {(r["n"], r["rep"]): r["mae"] for r in ref["runs"]}
    results = {"ref": (matrix(ref_runs, sizes, reps), [b["mae"] for b in ref["baseline"]["runs"]])}
    for label, name in runs[1:]:
        ft, sc = workbench_cells(os.path.join(out, name))
        results[name] = (matrix(ft, sizes, reps), sc)

    print("\n## Same science: fine-tuned MAE (eV), mean over %d repetitions" % reps)
    header = "| n | reference mean | reference 90% interval |"
    for label, _ in runs[1:]:
        header += " %s | inside interval or within 5%% |" % label
    print(header)
    print("|---" * (3 + 2 * (len(runs) - 1)) + "|")
    for j, n in enumerate(sizes):
        per_n = ref["per_n"][j]
        ci = per_n.get("mae_ci90")
        line = "| %d | %.3f | %s |" % (n, per_n["mae_mean"], interval(ci) if ci else "-")
        for _, name in runs[1:]:
            mean = results[name][0][:, j].mean()
            ok = (ci is not None and ci[0] <= mean <= ci[1]) or abs(
                mean / per_n["mae_mean"] - 1) <= 0.05
            line += " %.3f | %s |" % (mean, "yes" if ok else "NO")
        print(line)
    line = "| scratch | %.3f | sd %.3f |" % (ref["baseline"]["mae_mean"], ref["baseline"]["mae_std"])
    for _, name in runs[1:]:
        sc = results[name][1]
        line += " %.3f (sd %.3f) | |" % (np.mean(sc), np.std(sc, ddof=1) if len(sc) > 1 else 0)
    print(line)

    print("\n## Fit D*n^-alpha + C over all %d per-n means, unweighted, the reference's way"
          % len(sizes))
    print("| run | D [90%] | alpha [90%] | C [90%] |")
    print("|---|---|---|---|")
    ref_ci = {}
    for label, name in runs:
        M = results[name][0]
        try:
            p = fit_powlaw(sizes, M.mean(0))
        except Exception as e:  # noqa: BLE001
            print("| %s | fit failed: %s | | |" % (label, e))
            continue
        cells = []
        if reps >= 2:
            pars, _ = bootstrap(sizes, M)
            for k in range(3):
                lo, hi = np.percentile(pars[:, k], 5), np.percentile(pars[:, k], 95)
                if name == "ref":
                    ref_ci[k] = (lo, hi)
                inside = k in ref_ci and ref_ci[k][0] <= p[k] <= ref_ci[k][1]
                mark = "" if name == "ref" else (" (in ref. interval)" if inside else " (OUTSIDE)")
                cells.append("%.4g [%.4g, %.4g]%s" % (p[k], lo, hi, mark))
        else:
            cells = ["%.4g" % v for v in p]
        print("| %s | %s |" % (label, " | ".join(cells)))
    print("(reference as published by its own run: D %.4g, alpha %.4g, C %.4g)"
          % (ref["fit"].get("D", float("nan")), ref["fit"].get("alpha", float("nan")),
             ref["fit"].get("C", float("nan"))))

    rows = []
    for label, name in runs[1:]:
        for kind, file_name in (("proposed", "fit.json"), ("all sizes", "fit-all.json")):
            path = os.path.join(out, name, file_name)
            if os.path.exists(path):
                rows += own_fit_rows(label, kind, json.load(open(path, encoding="utf-8")))
    if rows:
        print("\n## The workbench's own fit (fit --json; 1000 bootstrap resamples over repetitions)")
        print("| run | window | D [90%] | alpha [90%] | C [90%] | trust |")
        print("|---|---|---|---|---|---|")
        print("\n".join(rows))


def own_fit_rows(label, kind, tree):
    """Table rows of the fine-tuning curve(s) in the workbench's fit --json."""
    rows = []
    for curve in tree.get("curves", []):
        if curve.get("strategy") != "finetune":
            continue
        cells = []
        for p in curve.get("parameters", []):
            ci = p.get("interval") or {}
            cells.append("%.4g [%.4g, %.4g]" % (p["value"], ci.get("lower", float("nan")),
                                                ci.get("upper", float("nan"))))
        window = curve.get("window") or {}
        rows.append("| %s | %s: %s..%s | %s | %s |" % (
            label, kind, window.get("low"), window.get("high"), " | ".join(cells),
            (curve.get("trust") or {}).get("level", "")))
    return rows


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
