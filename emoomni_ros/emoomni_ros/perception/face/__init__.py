"""Face: expression of each face in camera frames (detection, tracking, the expression model)."""
