// The upload page: the VCS-only fields (organisation, reporting period) are shown, and so in the Tab order, only while
// "VCS report" is chosen. Without JavaScript they stay visible in their group headed "For a VCS report only".
const group = document.getElementById('vcs-only')
const radios = document.querySelectorAll('input[name="Channel"]')
if (group && radios.length > 0) {
  const update = () => {
    group.hidden = document.querySelector('input[name="Channel"][value="vcs-report"]:checked') === null
  }
  radios.forEach(radio => radio.addEventListener('change', update))
  update()
}
