"""The peer a data analyst would write: every .xlsx under a folder read whole with pandas (openpyxl)."""
import pathlib
import sys

import pandas

files = sorted(pathlib.Path(sys.argv[1]).rglob("*.xlsx"))
cells = 0
for f in files:
    for frame in pandas.read_excel(f, sheet_name=None, header=None).values():
        cells += frame.size
print(f"{len(files)} workbooks, {cells} cells")
