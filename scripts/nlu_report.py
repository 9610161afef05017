"""Print the headline figures of a `rasa test nlu` intent report (for the README)."""

import json
import sys

report = json.loads(open(sys.argv[1]).read())
print(f"accuracy {report['accuracy']:.3f}")
for name in ("macro avg", "weighted avg"):
    row = report[name]
    print(f"{name}: precision {row['precision']:.3f} recall {row['recall']:.3f} f1 {row['f1-score']:.3f}")
worst = sorted((v["f1-score"], k) for k, v in report.items() if isinstance(v, dict) and "support" in v and k not in ("macro avg", "weighted avg", "micro avg"))[:5]
print("lowest f1: " + ", ".join(f"{k} {f:.2f}" for f, k in worst))
