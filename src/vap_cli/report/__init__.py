"""`vap report`: one self-contained HTML page showing a corpus at a glance."""
