"""The office's seal for processes that tests start with production
settings (which refuse to start without one): the demo seal."""

from certificates.seal import seal_files


def seal_environment():
    key, cert = seal_files()
    return {
        "CERTIFICATE_SEAL_KEY_FILE": str(key),
        "CERTIFICATE_SEAL_CERT_FILE": str(cert),
    }
