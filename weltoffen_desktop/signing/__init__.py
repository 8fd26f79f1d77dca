"""Digital signatures: certificates, signing PDFs (PAdES B-B) and checking signed PDFs.

Plain Python (no Qt); pyHanko and cryptography are imported by these modules, so import
them only when a signature feature is used.
"""
