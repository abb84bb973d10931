import HaberRecords
print("haber")
