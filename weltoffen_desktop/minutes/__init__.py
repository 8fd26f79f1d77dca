"""The workshop minutes as a PDF: results minutes or course minutes, ready to be signed.

reportlab lays the document out, matplotlib and svglib bring the charts in as vector
graphics, pyHanko adds the empty signature fields. Every module here imports those
libraries, so import this package only when minutes are made.
"""
