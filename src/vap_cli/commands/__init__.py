"""One module per `vap` command; each imports its heavy dependencies lazily."""
