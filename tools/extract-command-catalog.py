#!/usr/bin/env python3
"""Extracts the command facts ScriptGen's analyzer needs from ../shared/data/cmdlet-catalog.json (read from Microsoft's
published cmdlet reference; see that folder's README) into src/ScriptGen.PowerShell/Analysis/Commands/Data/commands.json.

Kept: every command's name, module, parameters (common parameters dropped: a flag says whether it takes them),
parameter aliases other than the common ones, command aliases, and for core PowerShell the parameters per version
(5.1, 7.6), so a rule can tell a PowerShell 7-only parameter.

The reference pages do not list every alias PowerShell defines, so the engine's own built-in aliases that they miss are
added here (PowerShell's InitialSessionState.BuiltInAliases, Windows build, plus curl and wget, which Windows
PowerShell 5.1 maps to Invoke-WebRequest), with PowerShell's built-in functions (help, mkdir, prompt, ...): aliases of
catalogued commands join the command's aliases, the others go to "aliases" (alias -> the function or program it runs),
and the functions to "functions". Rerun after the shared catalogue changes:
    python3 tools/extract-command-catalog.py ../shared/data/cmdlet-catalog.json
"""
import json
import sys
from pathlib import Path

COMMON = {"Debug", "ErrorAction", "ErrorVariable", "InformationAction", "InformationVariable", "OutBuffer",
          "OutVariable", "PipelineVariable", "ProgressAction", "Verbose", "WarningAction", "WarningVariable"}
ENGINE_ALIASES = {
    "curl": "Invoke-WebRequest", "gcm": "Get-Command", "h": "Get-History", "icm": "Invoke-Command",
    "ise": "powershell_ise.exe", "man": "help", "md": "mkdir", "nmo": "New-Module", "rmdir": "Remove-Item",
    "rmo": "Remove-Module", "sajb": "Start-Job", "wget": "Invoke-WebRequest",
}
ENGINE_FUNCTIONS = ["cd..", "cd\\", "cd~", "Clear-Host", "help", "mkdir", "oss", "Pause", "prompt", "TabExpansion2"] + \
    [f"{drive}:" for drive in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]

source = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/cmdlet-catalog.json")
target = Path(__file__).resolve().parent.parent / "src/ScriptGen.PowerShell/Analysis/Commands/Data/commands.json"
catalog = json.loads(source.read_text(encoding="utf-8"))

commands = []
for key in sorted(catalog):
    entry = catalog[key]
    item = {"name": entry["name"], "module": entry["module"], "commonParameters": bool(entry.get("commonParameters"))}
    item["parameters"] = [p for p in entry.get("parameters", []) if p not in COMMON]
    aliases = {name: values for name, values in sorted((entry.get("aliases") or {}).items()) if name not in COMMON}
    if aliases:
        item["parameterAliases"] = aliases
    aliases = set(entry.get("commandAliases") or []) | {a for a, t in ENGINE_ALIASES.items() if t.lower() == key}
    if aliases:
        item["aliases"] = sorted(aliases)
    versions = entry.get("versions") or {}
    if versions:
        item["versions"] = {version: [p for p in data.get("parameters", []) if p not in COMMON]
                            for version, data in sorted(versions.items())}
    commands.append(item)

document = {
    "source": "shared/data/cmdlet-catalog.json (Microsoft's published cmdlet reference; see its README for commits)",
    "commands": commands,
    "aliases": {a: t for a, t in sorted(ENGINE_ALIASES.items()) if t.lower() not in catalog},
    "functions": ENGINE_FUNCTIONS,
}
target.write_text(json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
print(f"{len(commands)} commands written to {target} ({target.stat().st_size} bytes)")
