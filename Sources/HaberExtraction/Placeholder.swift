import HaberText
