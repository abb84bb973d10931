import HaberICU
