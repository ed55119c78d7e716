"""Drawing the genogram: one small drawing protocol, one painter, SVG, PDF and PNG output.

``surface`` is the protocol every backend implements (in millimetres, y down), ``painter``
draws a ``GenogramLayout`` on any surface, ``page`` composes a printed page, ``svg``/``pdf``
are the file backends, ``qpainter`` draws on a QPainter (the editor's items, PNG export,
printing) and ``export`` writes a file by its suffix.
"""
