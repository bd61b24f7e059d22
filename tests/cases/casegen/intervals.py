"""A small set of half-open byte ranges [start, end), merged on insert."""


class Intervals:
    def __init__(self):
        self.spans = []  # sorted, disjoint, non-adjacent

    def add(self, start, end):
        if end <= start:
            return
        merged = []
        for s, e in self.spans:
            if e < start or s > end:
                merged.append((s, e))
            else:
                start, end = min(s, start), max(e, end)
        merged.append((start, end))
        self.spans = sorted(merged)

    def covers(self, start, end):
        return any(s <= start and end <= e for s, e in self.spans)

    def contiguousEnd(self, origin):
        for s, e in self.spans:
            if s <= origin <= e:
                return e
        return origin

    def lowest(self):
        return self.spans[0][0] if self.spans else None

    def highest(self):
        return self.spans[-1][1] if self.spans else None

    def holes(self, origin, end):
        """Uncovered ranges inside [origin, end)."""
        out, pos = [], origin
        for s, e in self.spans:
            if e <= pos:
                continue
            if s > pos:
                out.append((pos, min(s, end)))
            pos = max(pos, e)
            if pos >= end:
                break
        if pos < end:
            out.append((pos, end))
        return [(s, e) for s, e in out if s < e]

    def copy(self):
        c = Intervals()
        c.spans = list(self.spans)
        return c
