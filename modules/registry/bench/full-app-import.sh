#!/usr/bin/env bash
# Imports N generated teachers into Sasovo's demo school on a running application (the README's run command) and
# reports how long the import request took, and how long until every listener in the whole application (monitoring,
# pairing, publication) had handled the events it caused — what the registry module's own benchmark does not include.
#
#   modules/registry/bench/full-app-import.sh [rows=10000] [base=http://127.0.0.1:8080] [pg-port from the log line
#   «Embedded PostgreSQL on port …»]
# Needs curl, python3 and psql. Writes into the demo database: use a throw-away NASTAVNIK_DATA_DIR.
# Issue 13's figures (100,000 rows, against the registry alone in the same run) come from the Java benchmark
# app/src/test/java/ru/nastavnik/app/benchmark/WholeApplicationImportBenchmark.java (docs/benchmarks.md); this script
# is the quick check on a running demo application.
set -euo pipefail
rows=${1:-10000}
base=${2:-http://127.0.0.1:8080}
pgport=${3:?the embedded PostgreSQL port (see the application log)}
csv=$(mktemp --suffix=.csv)
python3 - "$rows" "$csv" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
header = ("Фамилия;Имя;Отчество;Категория;Дата рождения;Класс;Организация;Дата начала педагогической деятельности;"
          "Компания;Роль;Компетенции наставника;Сколько наставляемых может вести;Обучение наставника пройдено;"
          "Запросы наставляемого;Согласие на обработку ПДн: дата;Согласие дал;ФИО законного представителя;E-mail;Телефон")
letters = "абвгдежзиклмнопрстуфхцчшэюя"
def word(i):
    s = ""
    for _ in range(4):
        s += letters[i % len(letters)]; i //= len(letters)
    return s
lines = [header]
for i in range(n):
    lines.append(f"Тест{word(i)};Анна;Сергеевна;педагог;{1 + i % 28:02d}.{1 + i % 12:02d}.{1960 + i % 30};;"
                 "МБОУ «Батьковская СШ»;01.09.2012;;наставник;математика;2;15.10.2024;;02.09.2024;сам;;;")
open(path, "w", encoding="utf-8").write("\r\n".join(lines) + "\r\n")
PY
pending() { psql -h localhost -p "$pgport" -U postgres -d nastavnik -Atc \
  "select count(*) from platform.event_publication where completion_date is null"; }
start=$(date +%s.%N)
code=$(curl -s -u sasovo:demo -F "file=@$csv;type=text/csv" "$base/api/sasovo/registry/imports" -o "$csv.out" -w "%{http_code}")
imported=$(date +%s.%N)
if [ "$code" != 200 ]; then head -c 600 "$csv.out"; echo; exit 1; fi
stored=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1])).get('eventPublications'))" "$csv.out")
echo "import of $rows rows: HTTP $code in $(python3 -c "print(round($imported - $start, 2))") s; its events stored as $stored event publications; pending: $(pending)"
while [ "$(pending)" != "0" ]; do sleep 1; done
done_at=$(date +%s.%N)
echo "every listener done $(python3 -c "print(round($done_at - $imported, 1))") s after the import returned"
rm -f "$csv" "$csv.out"
