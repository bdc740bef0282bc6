# SPDX-License-Identifier: GPL-2.0
#
# Sphinx configuration for the vmwrite documentation.  Checked with
#   sphinx-build -W -n -b html Documentation /tmp/docout
# and, for the manual pages, by scripts/man.sh (-b man).
#
# One extension: the kernel's own kerneldoc.py, which pulls the kernel-doc
# comments of userlib's headers into the pages (.. kernel-doc::).  It and
# scripts/kernel-doc are taken from Debian's linux-source-6.12 at build
# time by scripts/ksource.sh, never copied into this tree.

import os
import subprocess
import sys

top = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
ksource = subprocess.run([os.path.join(top, 'scripts', 'ksource.sh')],
                         check=True, stdout=subprocess.PIPE,
                         universal_newlines=True).stdout.strip()
sys.path.insert(0, os.path.join(ksource, 'Documentation', 'sphinx'))

extensions = ['kerneldoc']
kerneldoc_bin = os.path.join(ksource, 'scripts', 'kernel-doc')
kerneldoc_srctree = top
# kernel-doc's own warnings go to standard error; scripts/man.sh lint
# fails on them.
kerneldoc_verbosity = 1

project = 'vmwrite'
root_doc = 'index'
primary_domain = 'c'
highlight_language = 'none'
exclude_patterns = []

# The version, from the one place it is kept.
with open(os.path.join(top, 'VERSION')) as f:
    version = release = f.read().strip()

# Standard C types the C domain cannot resolve (sphinx-build -n).
nitpick_ignore = [('c:identifier', t) for t in ('pid_t', 'size_t', 'uint64_t')]

# The headers' export macro, which kernel-doc leaves in the prototypes.
c_id_attributes = ['VMW_API']

# Manual pages (sphinx-build -b man, through scripts/man.sh).  One page
# per document.  The date on them is SOURCE_DATE_EPOCH's, which
# scripts/man.sh sets (Sphinx honours it), so that builds are
# reproducible.  The functions' section 3 pages come from kernel-doc.
man_pages = [
    ('userspace-api/vmwrite-tool', 'vmwrite',
     'read and write the memory of a process or of the kernel', [], 1),
    ('userspace-api/libvmwrite', 'libvmwrite',
     'read and write the memory of a process or of the kernel (C library)', [], 3),
    ('userspace-api/libvmwrite-dbgeng', 'libvmwrite-dbgeng',
     "the Windows debugger engine's data spaces on Linux (C library)", [], 3),
    ('userspace-api/libvmwrite-netlink', 'libvmwrite-netlink',
     "vmwrite's counters, policy, sessions and audit events (C library)", [], 3),
    ('userspace-api/vmwrite', 'vmwrite',
     'the /dev/vmwrite device and its ioctls', [], 4),
    ('userspace-api/vmwrite-gdb', 'vmwrite-gdb',
     'debugging a live process or the live kernel with gdb', [], 7),
    ('admin-guide/vmwrite', 'vmwrite-admin',
     'vmwrite permission model and administration', [], 7),
]
man_make_section_directory = True
man_show_urls = False
