import EvidenceGraph
print("evg")
