"""The browsable site: pages generated in memory from the validated model, served by mkdocs.

`pages.generate()` knows nothing about mkdocs (a successor engine reading mkdocs.yml can reuse
it); `plugin.MasterplanPlugin` is the thin mkdocs glue; `nav.build_nav()` groups the navigation by
province so that no level has hundreds of siblings.
"""
