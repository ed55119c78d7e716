"""The disclosure log of a family file (Offenlegungen), and the recipient choice of exports."""
