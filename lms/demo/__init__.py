"""Demo content for development and tests: the site, the course programme,
demo accounts with progress and a certificate, and the `seed_demo` command.

Installed only by the dev and test settings, never in production. It sits on
top of the other apps and may import any of them; none of them imports it.
"""
