"""The baseline `npm run bench:portfolio` times Esep against: what an operator's analyst would
script with pandas + openpyxl. Reads every workbook in a folder, finds the estimate's sections and
grand total by their wording, the project card by its labels and the direct beneficiaries, computes
the budget shares and the cost per beneficiary, the medians by priority direction, region and
year, and writes them to an .xlsx. Usage: python3 baseline_portfolio.py DIR OUT.xlsx
"""

import os
import re
import sys

import pandas as pd

CARD = {
    "grantee": ("грант алушы", "грантты алушы", "грантополучатель"),
    "priority": ("басым бағыт", "приоритетное направление"),
    "region": ("аумағы", "территория"),
    "period": ("мерзімі", "кезеңі", "срок реализации"),
}
TOTAL = re.compile(r"^(итого|всего|барлығы|жиыны)", re.I)
SECTION = re.compile(r"^\s*([1-3])\s*\.?\s*$")


def number(v):
    if isinstance(v, (int, float)) and not pd.isna(v):
        return float(v)
    if isinstance(v, str):
        s = re.sub(r"[^\d,.-]", "", v).replace(",", ".")
        try:
            return float(s)
        except ValueError:
            return None
    return None


def read_grant(path):
    sheets = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
    row = {"file": os.path.basename(path)}
    for df in sheets.values():
        for r in df.itertuples(index=False):
            cells = [c for c in r if not pd.isna(c)]
            if not cells:
                continue
            label = str(cells[0]).lower()
            for key, words in CARD.items():
                if key not in row and any(w in label for w in words) and len(cells) > 1:
                    row[key] = str(cells[1])
            if "тікелей бенефициар" in label or "прямых бенефициар" in label:
                if len(cells) > 2 and number(cells[-1]) is not None:
                    row["beneficiaries"] = number(cells[-1])
            text = [str(c) for c in r]
            nums = [number(c) for c in r if number(c) is not None]
            if any(TOTAL.match(t.strip()) for t in text) and len(nums) >= 3:
                row["total"], row["own"], row["grant"] = nums[-3:]
            elif SECTION.match(str(r[0])) and len(nums) >= 4:
                row[f"section{SECTION.match(str(r[0])).group(1)}"] = nums[-3]
    m = re.search(r"(20\d\d)", row.get("period", ""))
    row["year"] = int(m.group(1)) if m else None
    return row


def main(folder, out):
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx"))
    df = pd.DataFrame([read_grant(f) for f in files])
    # A layout the labels above do not find leaves its column out: empty, not a crash.
    for col in ("total", "beneficiaries", "section1", "section2", "section3", "priority", "region", "year"):
        if col not in df:
            df[col] = None
    for i, name in ((1, "admin"), (2, "mtid"), (3, "direct")):
        df[f"{name}Share"] = pd.to_numeric(df[f"section{i}"]) / pd.to_numeric(df["total"])
    df["costPerBeneficiary"] = pd.to_numeric(df["total"]) / pd.to_numeric(df["beneficiaries"])
    metrics = ["adminShare", "mtidShare", "directShare", "costPerBeneficiary"]
    groups = pd.concat(
        df.groupby(by)[metrics].median().reset_index().rename(columns={by: "group"}).assign(by=by)
        for by in ("priority", "region", "year")
    )
    with pd.ExcelWriter(out, engine="openpyxl") as w:
        df.to_excel(w, sheet_name="Grants", index=False)
        groups.to_excel(w, sheet_name="Groups", index=False)
    print(f"{len(df)} grants compared")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
