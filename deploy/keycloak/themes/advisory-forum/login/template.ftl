<#-- The page around every sign-in page, as the gateway's layout.html draws it: GOV.UK header with the service's
     name, the other language, the page's heading, an error summary, the footer. Works without JavaScript. -->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false titleError=false>
<!DOCTYPE html>
<html class="${properties.kcHtmlClass!}" lang="${lang}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <meta name="robots" content="noindex, nofollow">
    <title><@compress single_line=true><#if titleError || (displayMessage && message?has_content && message.type = 'error')>${msg("errorPrefix")}: </#if><#nested "header"> – ${msg("serviceName")}</@compress></title>
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
    <link href="${url.resourcesPath}/${style}" rel="stylesheet">
        </#list>
    </#if>
    <script type="module">
        import { startSessionPolling } from "${url.resourcesPath}/js/authChecker.js";
        startSessionPolling("${url.ssoLoginInOtherTabsUrl?no_esc}");
    </script>
    <#if authenticationSession??>
    <script type="module">
        import { checkAuthSession } from "${url.resourcesPath}/js/authChecker.js";
        checkAuthSession("${authenticationSession.authSessionIdHash}");
    </script>
    </#if>
</head>
<body class="${properties.kcBodyClass!}" data-page-id="login-${pageId}">
  <a href="#main-content" class="govuk-skip-link">${msg("skipLink")}</a>
  <header class="govuk-header">
    <div class="govuk-header__container govuk-width-container">
      <div class="govuk-header__logo">
        <#if client?? && client.baseUrl?has_content>
        <a href="${client.baseUrl}" class="govuk-header__link govuk-header__link--homepage">
          <span class="govuk-header__logotype-text">${msg("serviceName")}</span>
        </a>
        <#else>
        <span class="govuk-header__link govuk-header__link--homepage">
          <span class="govuk-header__logotype-text">${msg("serviceName")}</span>
        </span>
        </#if>
      </div>
    </div>
  </header>
  <div class="govuk-width-container">
    <#if realm.internationalizationEnabled && locale.supported?size gt 1>
    <nav class="govuk-!-margin-top-3 forum-account-bar" aria-label="${msg("languages")}">
      <ul class="govuk-list forum-inline-list">
        <#list locale.supported as l>
          <#if l.languageTag != locale.currentLanguageTag>
        <li><a class="govuk-link" href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}">${l.label}</a></li>
          </#if>
        </#list>
      </ul>
    </nav>
    </#if>
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <#-- a page-wide message; the login page puts its own field errors in the error summary instead -->
          <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
            <#if message.type = 'error'>
          <div class="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 class="govuk-error-summary__title">${msg("errorSummaryTitle")}</h2>
              <div class="govuk-error-summary__body">
                <p class="govuk-body" id="kc-error-message-summary">${kcSanitize(message.summary)?no_esc}</p>
              </div>
            </div>
          </div>
            <#else>
          <div class="govuk-notification-banner<#if message.type = 'success'> govuk-notification-banner--success</#if>" role="region" aria-labelledby="kc-message-title">
            <div class="govuk-notification-banner__header">
              <h2 class="govuk-notification-banner__title" id="kc-message-title">${msg("importantTitle")}</h2>
            </div>
            <div class="govuk-notification-banner__content">
              <p class="govuk-notification-banner__heading">${kcSanitize(message.summary)?no_esc}</p>
            </div>
          </div>
            </#if>
          </#if>
          <#nested "errorSummary">
          <h1 class="govuk-heading-l" id="kc-page-title"><@compress single_line=true><#nested "header"></@compress></h1>
          <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
          <p class="govuk-body" id="kc-username">
            <span class="forum-attempted-username" id="kc-attempted-username">${auth.attemptedUsername}</span>
            <a class="govuk-link" id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
          </p>
          </#if>
          <#nested "form">
          <#if auth?has_content && auth.showTryAnotherWayLink()>
          <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
            <input type="hidden" name="tryAnotherWay" value="on">
            <button class="govuk-button govuk-button--secondary" type="submit">${msg("doTryAnotherWay")}</button>
          </form>
          </#if>
          <#nested "socialProviders">
          <#if displayInfo>
          <div id="kc-info">
            <#nested "info">
          </div>
          </#if>
        </div>
      </div>
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container">
      <p class="govuk-footer__meta-custom">${msg("footerText")}</p>
    </div>
  </footer>
</body>
</html>
</#macro>
