/**
 * Stock symbols of the companies AI news is about, and of the indices they move, as data: "$NVDA 📉 -7.82%" is
 * Nvidia's fall. A symbol is a name of its company only where the sources name the company.
 */
export const TICKERS: Record<string, string[]> = {
  Nvidia: ['NVDA'], Microsoft: ['MSFT'], Broadcom: ['AVGO'], Alphabet: ['GOOGL', 'GOOG'], Google: ['GOOGL', 'GOOG'],
  Meta: ['META'], Amazon: ['AMZN'], Apple: ['AAPL'], TSMC: ['TSM'], ASML: ['ASML'], Oracle: ['ORCL'], AMD: ['AMD'],
  Intel: ['INTC'], Arm: ['ARM'], Alibaba: ['BABA'], Baidu: ['BIDU'], Tesla: ['TSLA'], Micron: ['MU'], Qualcomm: ['QCOM'],
  Infineon: ['IFX'], SoftBank: ['SFTBY'], 'Super Micro': ['SMCI'], Palantir: ['PLTR'], Salesforce: ['CRM'],
  'Constellation Energy': ['CEG'], Vistra: ['VST'], 'Siemens Energy': ['ENR'],
  // An index's symbol is its name as well: "NDX closed down 3%" is the Nasdaq 100's fall.
  'Nasdaq 100': ['NDX'],
};
