"""The genogram (Genogramm): what is drawn, where it is drawn, and what could not be drawn.

``model`` holds the input (a frozen picture of the family) and the output of the layout
(positions and connector paths in millimetres); ``layout`` computes one from the other.
Nothing here knows about Qt, ReportLab or SVG: every renderer draws the same layout.
"""
