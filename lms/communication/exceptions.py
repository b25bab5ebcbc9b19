class AlreadySent(Exception):
    """The announcement has been sent; it is never sent twice."""
