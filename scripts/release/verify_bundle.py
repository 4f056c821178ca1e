#!/usr/bin/env python3
"""Checks a Maven Central Portal bundle of par-index, laid out as Central expects (a Maven repository tree).

Used by scripts/verify-release; prints every problem found and exits 1 when there is any. Checks:
- exactly the expected files: for par-index-core, -rules and -testkit the jar, -sources.jar, -javadoc.jar and
  .pom; for par-index-bom the .pom; each with its .asc signature and .md5 and .sha1 (and, when present, .sha256 /
  .sha512) checksums that match (checksums of the signatures are checked when present); nothing else (no parent, examples or benchmarks);
- every signature verifies against the given public key (and only that key: a keyring holding it alone);
- POM metadata complete (name, description, url, licenses, developers, scm with url, connection and
  developerConnection), no <parent>, url and scm not suffixed with the module name, coordinates as laid out;
- the BOM manages exactly the published jars at the release version and declares no dependency;
- no SNAPSHOT in any file name, POM, or jar entry;
- with --same-as OTHER: every file other than signatures is byte-identical to OTHER's (reproducible build).

usage: verify_bundle.py BUNDLE_DIR --version V --public-key KEY.asc [--same-as OTHER_BUNDLE_DIR]
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

GROUP = "io.github.parindex"
JARS = ["par-index-core", "par-index-rules", "par-index-testkit"]
BOM = "par-index-bom"
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
SUMS = {"md5": hashlib.md5, "sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}
REQUIRED_SUMS = ("md5", "sha1")


def expected_primaries(version):
    files = {}
    base = GROUP.replace(".", "/")
    for a in JARS:
        d = f"{base}/{a}/{version}"
        for suffix in (".jar", "-sources.jar", "-javadoc.jar", ".pom"):
            files[f"{d}/{a}-{version}{suffix}"] = a
    files[f"{base}/{BOM}/{version}/{BOM}-{version}.pom"] = BOM
    return files


def all_files(root):
    out = []
    for d, _, names in os.walk(root):
        for n in names:
            out.append(os.path.relpath(os.path.join(d, n), root).replace(os.sep, "/"))
    return sorted(out)


def text(el, path):
    found = el.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


class Checker:
    def __init__(self, root, version, key):
        self.root, self.version, self.key = root, version, key
        self.problems = []

    def problem(self, msg):
        self.problems.append(msg)

    def run(self):
        primaries = expected_primaries(self.version)
        present = set(all_files(self.root))
        expected = set()
        for p in primaries:
            expected.add(p)
            expected.add(p + ".asc")
        for f in sorted(expected):
            if f not in present:
                kind = "signature" if f.endswith(".asc") else (
                    "javadoc jar" if f.endswith("-javadoc.jar") else
                    "sources jar" if f.endswith("-sources.jar") else "artifact")
                self.problem(f"missing {kind}: {f}")
        for f in sorted(present):
            if "SNAPSHOT" in f:
                self.problem(f"SNAPSHOT in a file name: {f}")
            stem, ext = f.rsplit(".", 1) if "." in f else (f, "")
            if ext in SUMS and stem in expected:
                continue
            if f not in expected:
                self.problem(f"unexpected file in the bundle: {f}")
        for f in sorted(expected & present):
            self.checksums(f)
        self.signatures(sorted(f for f in expected & present if f.endswith(".asc")))
        for f, artifact in sorted(primaries.items()):
            if f not in present:
                continue
            if f.endswith(".pom"):
                self.pom(f, artifact)
            else:
                self.jar(f)
        return self.problems

    def checksums(self, f):
        data = open(os.path.join(self.root, f), "rb").read()
        for name, algo in SUMS.items():
            path = os.path.join(self.root, f + "." + name)
            if not os.path.exists(path):
                # Central wants md5 and sha1 beside every file except the signatures themselves
                if name in REQUIRED_SUMS and not f.endswith(".asc"):
                    self.problem(f"missing {name} checksum: {f}.{name}")
                continue
            stated = open(path).read().split()
            if not stated or stated[0].lower() != algo(data).hexdigest():
                self.problem(f"{name} checksum does not match: {f}")

    def signatures(self, ascs):
        with tempfile.TemporaryDirectory() as home:
            os.chmod(home, 0o700)
            imp = subprocess.run(["gpg", "--homedir", home, "--batch", "--quiet", "--import", self.key],
                                 capture_output=True)
            if imp.returncode != 0:
                self.problem("cannot import the public key: " + imp.stderr.decode(errors="replace"))
                return
            for asc in ascs:
                signed = asc[:-len(".asc")]
                r = subprocess.run(["gpg", "--homedir", home, "--batch", "--status-fd", "1", "--verify",
                                    os.path.join(self.root, asc), os.path.join(self.root, signed)],
                                   capture_output=True)
                if r.returncode != 0 or b"[GNUPG:] VALIDSIG" not in r.stdout:
                    self.problem(f"signature does not verify against the release key: {asc}")

    def pom(self, f, artifact):
        raw = open(os.path.join(self.root, f), "rb").read()
        if b"SNAPSHOT" in raw:
            self.problem(f"SNAPSHOT in {f}")
        try:
            pom = ET.fromstring(raw)
        except ET.ParseError as e:
            self.problem(f"{f}: not XML: {e}")
            return
        if pom.find("m:parent", NS) is not None:
            self.problem(f"{f}: names a parent, which is not published")
        for el, want in (("m:groupId", GROUP), ("m:artifactId", artifact), ("m:version", self.version)):
            if text(pom, el) != want:
                self.problem(f"{f}: {el[2:]} is '{text(pom, el)}', expected '{want}'")
        for el in ("m:name", "m:description", "m:url", "m:licenses/m:license/m:name", "m:licenses/m:license/m:url",
                   "m:developers/m:developer/m:name", "m:scm/m:url", "m:scm/m:connection",
                   "m:scm/m:developerConnection"):
            if not text(pom, el):
                self.problem(f"{f}: no {el.replace('m:', '')}")
        for el in ("m:url", "m:scm/m:url", "m:scm/m:connection", "m:scm/m:developerConnection"):
            v = text(pom, el).rstrip("/")
            if v.endswith("/" + artifact) or v.endswith(".git/" + artifact):
                self.problem(f"{f}: {el.replace('m:', '')} has the module name appended: {v}")
        for dep in pom.findall(".//m:dependency", NS):
            if text(dep, "m:groupId") == GROUP and text(dep, "m:version") != self.version:
                self.problem(f"{f}: {text(dep, 'm:artifactId')} at '{text(dep, 'm:version')}', "
                             f"expected {self.version}")
        if artifact == BOM:
            managed = sorted((text(d, "m:groupId"), text(d, "m:artifactId"), text(d, "m:version"))
                             for d in pom.findall("m:dependencyManagement/m:dependencies/m:dependency", NS))
            want = sorted((GROUP, a, self.version) for a in JARS)
            if managed != want:
                self.problem(f"{f}: the BOM manages {managed}, expected exactly {want}")
            if pom.find("m:dependencies", NS) is not None:
                self.problem(f"{f}: the BOM declares dependencies")

    def jar(self, f):
        try:
            z = zipfile.ZipFile(os.path.join(self.root, f))
        except zipfile.BadZipFile:
            self.problem(f"{f}: not a jar")
            return
        names = z.namelist()
        if f.endswith("-javadoc.jar"):
            if "index.html" not in names:
                self.problem(f"{f}: no index.html")
        elif f.endswith("-sources.jar"):
            if not any(n.endswith(".java") for n in names):
                self.problem(f"{f}: no .java file")
        else:
            if "META-INF/LICENSE" not in names:
                self.problem(f"{f}: no META-INF/LICENSE")
            if "module-info.class" not in names:
                self.problem(f"{f}: no module-info.class")
        for n in names:
            if b"SNAPSHOT" in z.read(n):
                self.problem(f"SNAPSHOT in {f}!/{n}")


def same_as(a, b):
    problems = []
    unsigned = lambda files: {f for f in files if ".asc" not in f}
    fa, fb = unsigned(all_files(a)), unsigned(all_files(b))
    for f in sorted(fa ^ fb):
        problems.append(f"not reproducible: {f} is in only one of the two builds")
    for f in sorted(fa & fb):
        if open(os.path.join(a, f), "rb").read() != open(os.path.join(b, f), "rb").read():
            problems.append(f"not reproducible: {f} differs between the two builds")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bundle")
    ap.add_argument("--version", required=True)
    ap.add_argument("--public-key", required=True)
    ap.add_argument("--same-as")
    args = ap.parse_args()
    problems = Checker(args.bundle, args.version, args.public_key).run()
    if args.same_as:
        problems += same_as(args.bundle, args.same_as)
    for p in problems:
        print("  " + p)
    n = len(all_files(args.bundle))
    if problems:
        print(f"bundle check FAILED: {len(problems)} problem(s) in {args.bundle}")
        return 1
    print(f"bundle check passed: {n} files, {len(JARS)} jars + BOM, version {args.version}"
          + (", byte-identical to the second build" if args.same_as else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
