// Label + property seek on an indexed key (evg indexes id and name; Kùzu scans the table).
MATCH (t:Target {name: 'GNNT4C'}) RETURN t.id, t.gene, t.kind
