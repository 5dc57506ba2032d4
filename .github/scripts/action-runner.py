#!/usr/bin/env python3
"""Runs the steps of a composite action.yml locally, in order, the way the
GitHub runner would: each run: step through `bash --noprofile --norc -eo
pipefail` with its env: evaluated, GITHUB_OUTPUT and GITHUB_PATH files, and
if: conditions; `uses:` steps are stood in for, offline:
  actions/setup-go                    checks the local go against go.mod
  github/codeql-action/upload-sarif   checks the SARIF and prints what
                                      would be uploaded (nothing is sent)
Usage: action-runner.py ACTION_DIR WORKSPACE EVENT_NAME EVENT_JSON [INPUT=VALUE...]
Prints each step and its output; exits 0 if the job succeeded, 1 if not.
Only the expression syntax action.yml uses is understood (context paths,
'strings', == != && || ! and always()/success()/failure()).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<op>==|!=|&&|\|\||!|\(|\))"
                   r"|(?P<fn>always|success|failure)\(\)|(?P<path>[A-Za-z_][A-Za-z0-9_.\-]*))")


class Job:
    def __init__(self, action_dir, workspace, event_name, event, inputs):
        with open(os.path.join(action_dir, "action.yml")) as f:
            self.action = yaml.safe_load(f)
        self.action_dir = action_dir
        self.workspace = workspace
        self.temp = tempfile.mkdtemp(prefix="runner-temp-")
        self.failed = False
        given = dict(inputs)
        for name in given:
            if name not in self.action["inputs"]:
                sys.exit(f"unknown input {name}")
        self.ctx = {
            "inputs": {k: given.get(k, str(v.get("default", ""))) for k, v in self.action["inputs"].items()},
            "github": {"action_path": action_dir, "action_ref": "local", "event_name": event_name,
                       "event": event, "workspace": workspace, "server_url": "https://github.com"},
            "runner": {"os": "Linux", "arch": "X64", "temp": self.temp},
            "steps": {},
        }
        self.path_add = []

    def lookup(self, path):
        cur = self.ctx
        for part in path.split("."):
            cur = cur.get(part, "") if isinstance(cur, dict) else ""
        return cur if cur is not None else ""

    def eval(self, expr):
        out, pos = [], 0
        while pos < len(expr.rstrip()):
            m = TOKEN.match(expr, pos)
            if not m:
                raise ValueError(f"cannot read expression {expr!r} at {pos}")
            pos = m.end()
            if m.group("str"):
                out.append(repr(m.group("str")[1:-1].replace("''", "'")))
            elif m.group("op"):
                out.append({"&&": " and ", "||": " or ", "!": " not "}.get(m.group("op"), m.group("op")))
            elif m.group("fn"):
                out.append({"always": "True", "success": str(not self.failed),
                            "failure": str(self.failed)}[m.group("fn")])
            else:
                out.append(repr(self.lookup(m.group("path"))))
        return eval("".join(out), {"__builtins__": {}})

    def expand(self, value):
        return re.sub(r"\$\{\{(.*?)\}\}", lambda m: str(self.eval(m.group(1))), str(value))

    def run(self):
        for i, step in enumerate(self.action["runs"]["steps"], 1):
            name = step.get("name", step.get("uses", f"step {i}"))
            cond = step.get("if", "success()")
            if not self.eval(str(cond)):
                print(f"-- step {i}: {name}: skipped (if: {cond})")
                continue
            print(f"-- step {i}: {name}")
            ok, outputs = (self.run_script(step) if "run" in step else self.uses(step))
            if "id" in step:
                self.ctx["steps"][step["id"]] = {"outputs": outputs}
            if not ok:
                self.failed = True
                print(f"   step {i} failed")
        outs = {k: self.expand(v["value"]) for k, v in self.action.get("outputs", {}).items()}
        print(f"-- job {'FAILED' if self.failed else 'succeeded'}; outputs: {json.dumps(outs)}")
        return outs

    def run_script(self, step):
        out_file = os.path.join(self.temp, "output")
        path_file = os.path.join(self.temp, "path")
        open(out_file, "w").close()
        open(path_file, "w").close()
        env = dict(os.environ)
        env["PATH"] = os.pathsep.join(self.path_add + [env["PATH"]])
        env.update({"GITHUB_OUTPUT": out_file, "GITHUB_PATH": path_file, "GITHUB_WORKSPACE": self.workspace,
                    "GITHUB_ACTION_PATH": self.action_dir, "RUNNER_TEMP": self.temp,
                    "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64"})
        env.update({k: self.expand(v) for k, v in step.get("env", {}).items()})
        script = os.path.join(self.temp, "step.sh")
        with open(script, "w") as f:
            f.write(step["run"])
        cwd = os.path.join(self.workspace, step.get("working-directory", ""))
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
                              cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for line in proc.stdout.splitlines():
            print(f"   | {line}")
        outputs = {}
        for line in open(out_file):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                outputs[k] = v
        self.path_add = [p.strip() for p in open(path_file) if p.strip()][::-1] + self.path_add
        print(f"   exit {proc.returncode}; outputs: {json.dumps(outputs)}")
        return proc.returncode == 0, outputs

    def uses(self, step):
        uses = step["uses"]
        args = {k: self.expand(v) for k, v in step.get("with", {}).items()}
        print(f"   uses {uses} with {json.dumps(args)} (stood in for locally)")
        if uses.startswith("actions/setup-go@"):
            want = next(l.split()[1] for l in open(args["go-version-file"]) if l.startswith("go "))
            have = subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True).stdout.strip()
            print(f"   | go.mod wants go {want}; local toolchain {have}")
            return version(have.removeprefix("go")) >= version(want), {}
        if uses.startswith("github/codeql-action/upload-sarif@"):
            with open(args["sarif_file"]) as f:
                sarif = json.load(f)
            results = sum(len(r.get("results", [])) for r in sarif.get("runs", []))
            print(f"   | SARIF {sarif.get('version')} with {results} result(s); would upload under category "
                  f"{args.get('category')!r} (not sent: offline)")
            return sarif.get("version") == "2.1.0", {}
        print(f"   | no local stand-in for {uses}")
        return False, {}


def version(v):
    return tuple(int(x) for x in re.findall(r"\d+", v))


def main():
    action_dir, workspace, event_name, event_json = sys.argv[1:5]
    inputs = dict(a.split("=", 1) for a in sys.argv[5:])
    job = Job(os.path.abspath(action_dir), os.path.abspath(workspace), event_name, json.loads(event_json), inputs)
    job.run()
    sys.exit(1 if job.failed else 0)


if __name__ == "__main__":
    main()
