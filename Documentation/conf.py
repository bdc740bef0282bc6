# SPDX-License-Identifier: GPL-2.0
#
# Minimal Sphinx configuration for the vmwrite documentation.  Checked with
#   sphinx-build -W -n -b html Documentation /tmp/docout
# Only standard Sphinx is used (no kernel-doc or other kernel extensions).

project = 'vmwrite'
root_doc = 'index'
primary_domain = 'c'
highlight_language = 'none'
exclude_patterns = []

# Standard C types the C domain cannot resolve (sphinx-build -n).
nitpick_ignore = [('c:identifier', t) for t in ('pid_t', 'size_t', 'uint64_t')]
