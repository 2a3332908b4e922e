#!/usr/bin/python3
"""Reads a footplan calendar the way other apps do, with Python icalendar and recurring_ical_events.

Usage: read_ics.py FILE FIRST_DAY LAST_DAY
Prints one JSON object: the number of sessions that are not cancelled and their local start times.
"""
import datetime
import json
import sys

import icalendar
import recurring_ical_events


def main(path, first, last):
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    start = datetime.date.fromisoformat(first)
    end = datetime.date.fromisoformat(last) + datetime.timedelta(days=1)
    events = recurring_ical_events.of(calendar).between(start, end)
    active = [e for e in events if str(e.get("STATUS", "CONFIRMED")).upper() != "CANCELLED"]
    starts = sorted(e.decoded("DTSTART").isoformat() for e in active)
    alarms = sum(1 for e in active for c in e.subcomponents if c.name == "VALARM")
    print(json.dumps({"count": len(active), "starts": starts, "alarms": alarms,
                      "name": str(calendar.get("X-WR-CALNAME", ""))}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
