// Starts GOV.UK Frontend's components. A module file, not inline script, so the Content-Security-Policy can forbid inline script.
import { initAll } from '/lib/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
